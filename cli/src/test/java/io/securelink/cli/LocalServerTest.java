package io.securelink.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.securelink.backend.SecurityHeaders;
import io.securelink.cli.e2e.MovableClock;
import io.securelink.cli.serve.LocalServer;
import io.securelink.core.Base64Url;
import io.securelink.core.Json;
import io.securelink.core.Keys;
import io.securelink.core.Payload;
import io.securelink.core.SecretCodec;
import io.securelink.core.Sealed;
import io.securelink.core.jce.JceCrypto;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole server on a random loopback port: the real page, the real API, the embedded S3Proxy. */
class LocalServerTest {

  /** Case c03: every kind of character a person may paste, CR LF and NUL included. */
  private static final String NON_ASCII =
      "Grüße, Jörg — 密码: Ünïcödé 🔐 👩‍👩‍👧‍👦 🇩🇪\r\n\u0000שלום עולם";
  private static final long ONE_DAY = 86_400;

  @TempDir static Path data;

  private static final SecretCodec CODEC = new SecretCodec(new JceCrypto());
  private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-06-01T12:00:00Z"));
  private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
  private static LocalServer server;
  private static ApiClient api;

  @BeforeAll
  static void start() throws Exception {
    server = startServer();
    api = new ApiClient(server.url());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
  }

  private static LocalServer startServer() throws Exception {
    return LocalServer.builder().port(0).dataDirectory(data).clock(CLOCK)
        .log(new PrintStream(LOG, true, StandardCharsets.UTF_8)).start();
  }

  @Test
  void listensOnLoopbackAtTheChosenPort() {
    assertEquals("http://127.0.0.1:" + server.port() + "/", server.url().toString());
    assertTrue(server.port() > 0);
    assertEquals(data.toAbsolutePath().normalize().toString(), server.storage());
  }

  @Test
  void servesThePageWithExactSecurityHeaders() throws Exception {
    RawHttp.Response page = RawHttp.send(server.port(), "GET", "/");
    assertEquals(200, page.status());
    StaticHeaders.assertExact(page, "text/html; charset=utf-8");
    assertTrue(page.text().toLowerCase(Locale.ROOT).startsWith("<!doctype html>"));
    RawHttp.Response head = RawHttp.send(server.port(), "HEAD", "/");
    StaticHeaders.assertExact(head, "text/html; charset=utf-8");
    assertEquals(Integer.toString(page.body().length), head.header("content-length"));
  }

  @Test
  void servesEveryScriptStylesheetAndIconThePageReferences() throws Exception {
    String page = RawHttp.send(server.port(), "GET", "/").text();
    Matcher references = Pattern.compile("(?:src|href)=\"([^\"#?:]+\\.[a-z0-9]+)\"").matcher(page);
    List<String> checked = new ArrayList<>();
    while (references.find()) {
      String path = "/" + references.group(1).replaceFirst("^/", "");
      RawHttp.Response file = RawHttp.send(server.port(), "GET", path);
      assertEquals(200, file.status(), path + " is referenced by index.html but not served");
      String type = file.header("content-type");
      if (path.endsWith(".js")) {
        assertEquals("text/javascript; charset=utf-8", type, path);
      } else if (path.endsWith(".css")) {
        assertEquals("text/css; charset=utf-8", type, path);
      }
      StaticHeaders.assertExact(file, type);
      checked.add(path);
    }
    assertTrue(checked.stream().anyMatch(path -> path.endsWith(".js")), "the page loads no script: " + checked);
  }

  @Test
  void unknownPathsAre404WithTheSecurityHeaders() throws Exception {
    RawHttp.Response page = RawHttp.send(server.port(), "GET", "/no/such/page.html");
    assertEquals(404, page.status());
    StaticHeaders.assertExact(page, "text/html; charset=utf-8");
    RawHttp.Response apiMiss = RawHttp.send(server.port(), "GET", "/api/nothing");
    assertEquals(404, apiMiss.status());
    assertEquals("not_found", Json.parseObject(apiMiss.text()).get("error"));
    SecurityHeaders.api().forEach((name, value) -> assertEquals(value, apiMiss.header(name), name));
  }

  @Test
  void answersOnlyToLoopbackHostNamesAgainstDnsRebinding() throws Exception {
    int port = server.port();
    for (String host : List.of("localhost:" + port, "127.0.0.1:" + port, "LOCALHOST", "[::1]:" + port)) {
      assertEquals(200, RawHttp.send(port, "GET", "/", "Host: " + host + "\r\n", new byte[0]).status(), host);
    }
    for (String host : List.of("attacker.example:" + port, "127.0.0.1.attacker.example", "localhost.evil", "")) {
      RawHttp.Response page = RawHttp.send(port, "GET", "/", "Host: " + host + "\r\n", new byte[0]);
      assertEquals(403, page.status(), host);
      RawHttp.Response apiCall = RawHttp.send(port, "POST", "/api/secrets", "Host: " + host + "\r\n",
          "{}".getBytes(StandardCharsets.UTF_8));
      assertEquals(403, apiCall.status(), host);
      assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, apiCall.header("content-security-policy"));
    }
  }

  @Test
  void traversalNeverLeavesTheSite() throws Exception {
    for (String target : List.of("/../io/securelink/cli/version.properties", "/%2e%2e/logback.xml",
        "/%2e%2e%2flogback.xml", "/site/../logback.xml", "/index.html%00.js", "/%252e%252e/logback.xml",
        "/io/securelink/cli/serve/LocalServer.class", "/logback.xml")) {
      RawHttp.Response response = RawHttp.send(server.port(), "GET", target);
      assertTrue(response.status() == 404 || response.status() == 400, target + " -> " + response.status());
      assertFalse(response.text().contains("<configuration>"), target);
      assertFalse(response.text().contains("version="), target);
    }
  }

  @Test
  void aTextSecretMakesTheRoundTripOverRealHttp() throws Exception {
    Sealed sealed = CODEC.seal(Payload.text(NON_ASCII), null);
    HttpResponse<String> created = api.create(sealed, ONE_DAY);
    assertEquals(201, created.statusCode(), created.body());
    assertEquals(sealed.id(), Json.parseObject(created.body()).get("id"));
    assertEquals("no-store", created.headers().firstValue("cache-control").orElseThrow());

    Keys keys = CODEC.keys(sealed.key(), null);
    assertEquals(NON_ASCII, revealText(keys));
    HttpResponse<String> again = api.reveal(keys);
    assertEquals(404, again.statusCode());
    assertEquals("not_found", Json.parseObject(again.body()).get("error"));
  }

  @Test
  void statusCallsAndPageLoadsNeverConsume() throws Exception {
    Sealed sealed = CODEC.seal(Payload.text("look, don't touch"), null);
    assertEquals(201, api.create(sealed, ONE_DAY).statusCode());
    for (int i = 0; i < 3; i++) {
      assertEquals(200, api.status(sealed.id()).statusCode());
      assertEquals(200, RawHttp.send(server.port(), "GET", "/").status());
      assertEquals(200, RawHttp.send(server.port(), "HEAD", "/").status());
    }
    assertEquals("look, don't touch", revealText(CODEC.keys(sealed.key(), null)));
  }

  @Test
  void revokeDeletesUnread() throws Exception {
    Sealed sealed = CODEC.seal(Payload.text("never mind"), null);
    assertEquals(201, api.create(sealed, ONE_DAY).statusCode());
    Keys keys = CODEC.keys(sealed.key(), null);
    assertEquals(204, api.revoke(keys).statusCode());
    assertEquals(404, api.status(keys.id()).statusCode());
    assertEquals(404, api.reveal(keys).statusCode());
  }

  /** Case c08: a holder of only the id cannot burn a passphrase secret with made-up proofs. */
  @Test
  void madeUpProofsOfAnIdHolderAreRefusedUncountedAndTheRecipientStillReveals() throws Exception {
    Sealed sealed = CODEC.seal(Payload.text("only for the link holder"), "a passphrase");
    assertEquals(201, api.create(sealed, ONE_DAY).statusCode());
    Random random = new Random(8);
    for (int i = 0; i < 12; i++) {
      String withLinkProof = "{\"proof\":\"" + madeUpProof(random) + "\",\"linkProof\":\"" + madeUpProof(random)
          + "\"}";
      String proofOnly = "{\"proof\":\"" + madeUpProof(random) + "\"}";
      for (HttpResponse<String> refused : List.of(
          api.send("POST", "api/secrets/" + sealed.id() + "/reveal", withLinkProof),
          api.send("DELETE", "api/secrets/" + sealed.id(), withLinkProof),
          api.send("POST", "api/secrets/" + sealed.id() + "/reveal", proofOnly))) {
        assertEquals(403, refused.statusCode(), refused.body());
        Map<String, Object> error = Json.parseObject(refused.body());
        assertEquals("wrong_proof", error.get("error"));
        assertFalse(error.containsKey("attemptsLeft"), "a call without the link must not count: " + refused.body());
      }
    }
    assertEquals("only for the link holder", revealText(CODEC.keys(sealed.key(), "a passphrase")));
  }

  private static String madeUpProof(Random random) {
    byte[] proof = new byte[32];
    random.nextBytes(proof);
    return Base64Url.encode(proof);
  }

  @Test
  void theInjectedClockDecidesExpiry() throws Exception {
    Sealed sealed = CODEC.seal(Payload.text("short-lived"), null);
    assertEquals(201, api.create(sealed, 60).statusCode());
    assertEquals(200, api.status(sealed.id()).statusCode());
    CLOCK.advance(Duration.ofSeconds(61));
    assertEquals(404, api.status(sealed.id()).statusCode());
    Keys keys = CODEC.keys(sealed.key(), null);
    assertEquals(404, api.reveal(keys).statusCode());
  }

  @Test
  void ofTenParallelReadersExactlyOneGetsTheSecret() throws Exception {
    ExecutorService readers = Executors.newFixedThreadPool(10);
    try {
      for (int round = 0; round < 3; round++) {
        Sealed sealed = CODEC.seal(Payload.text("race " + round), null);
        assertEquals(201, api.create(sealed, ONE_DAY).statusCode());
        Keys keys = CODEC.keys(sealed.key(), null);
        List<Callable<Integer>> reveals = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
          reveals.add(() -> api.reveal(keys).statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> status : readers.invokeAll(reveals, 60, TimeUnit.SECONDS)) {
          statuses.add(status.get());
        }
        assertEquals(1, statuses.stream().filter(status -> status == 200).count(), statuses.toString());
        assertEquals(9, statuses.stream().filter(status -> status == 404).count(), statuses.toString());
      }
    } finally {
      readers.shutdownNow();
    }
  }

  @Test
  void aBodyOverLambdasLimitIsA413InTheApisShape() throws Exception {
    String fiveMibCiphertext = Base64Url.encode(new byte[5 * 1024 * 1024]);
    String body = "{\"id\":\"AAAAAAAAAAAAAAAAAAAAAA\",\"ciphertext\":\"" + fiveMibCiphertext
        + "\",\"expiresIn\":3600,\"passphrase\":false,\"proofHash\":\"" + "A".repeat(43) + "\"}";
    HttpResponse<String> response = api.send("POST", "api/secrets", body);
    assertEquals(413, response.statusCode());
    assertEquals("payload_too_large", Json.parseObject(response.body()).get("error"));
    assertEquals("no-store", response.headers().firstValue("cache-control").orElseThrow());
  }

  @Test
  void clientsThatStallMidRequestDoNotHoldUpOthers() throws Exception {
    List<Socket> stalled = new ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        socket.getOutputStream().write("POST /api/secrets HTTP/1.1\r\nContent-Length: 1000\r\n\r\n{".getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        stalled.add(socket);
      }
      assertEquals(200, RawHttp.send(server.port(), "GET", "/").status());
      assertEquals(404, api.status("AAAAAAAAAAAAAAAAAAAAAA").statusCode());
    } finally {
      for (Socket socket : stalled) {
        socket.close();
      }
    }
  }

  @Test
  void theJdkServerHasRequestTimeoutsSoStalledClientsAreCutOff() {
    assertEquals("30", System.getProperty("sun.net.httpserver.maxReqTime"));
    assertEquals("60", System.getProperty("sun.net.httpserver.maxRspTime"));
  }

  @Test
  void theLogHoldsNoKeyProofCiphertextOrContent() throws Exception {
    Sealed sealed = CODEC.seal(Payload.text("log-canary-plaintext"), null);
    assertEquals(201, api.create(sealed, ONE_DAY).statusCode());
    Keys keys = CODEC.keys(sealed.key(), null);
    HttpResponse<String> revealed = api.reveal(keys);
    assertEquals(200, revealed.statusCode());
    String ciphertext = (String) Json.parseObject(revealed.body()).get("ciphertext");

    String log = LOG.toString(StandardCharsets.UTF_8);
    assertTrue(log.contains("\"status\":201"), log);
    for (String secret : List.of(sealed.key().fragment(), keys.proof(), sealed.proofHash(), keys.linkProof(),
        sealed.linkProofHash(), ciphertext.substring(0, 40), "log-canary-plaintext")) {
      assertFalse(log.contains(secret), "the log contains a secret value");
    }
    for (String line : log.split("\n")) {
      Json.parseObject(line);
    }
  }

  @Test
  void secretsSurviveARestartWithTheSameDataDirectory() throws Exception {
    Sealed sealed = CODEC.seal(Payload.file("notes.txt", "text/plain", "kept on disk".getBytes(StandardCharsets.UTF_8)), null);
    assertEquals(201, api.create(sealed, ONE_DAY).statusCode());
    server.stop();
    server = startServer();
    api = new ApiClient(server.url());
    Keys keys = CODEC.keys(sealed.key(), null);
    HttpResponse<String> revealed = api.reveal(keys);
    assertEquals(200, revealed.statusCode(), revealed.body());
    Payload payload = CODEC.open(keys, Base64Url.decode((String) Json.parseObject(revealed.body()).get("ciphertext")));
    assertEquals("notes.txt", payload.fileName());
    assertEquals("kept on disk", new String(payload.content(), StandardCharsets.UTF_8));
  }

  private static String revealText(Keys keys) throws Exception {
    HttpResponse<String> revealed = api.reveal(keys);
    assertEquals(200, revealed.statusCode(), revealed.body());
    byte[] envelope = Base64Url.decode((String) Json.parseObject(revealed.body()).get("ciphertext"));
    return CODEC.open(keys, envelope).text();
  }
}

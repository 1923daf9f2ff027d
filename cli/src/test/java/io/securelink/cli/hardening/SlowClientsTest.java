package io.securelink.cli.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.securelink.cli.ApiClient;
import io.securelink.cli.RawHttp;
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
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slow and hostile clients hold connections while an ordinary client must still be served, within the bounded
 * waits of {@link RawHttp} and {@link ApiClient}: more slow clients than the 32 workers the server once had, of
 * every kind at once; and large uploads beyond {@code LargeBodies}' turns, which must not hold up small requests.
 */
class SlowClientsTest {

  private static final SecretCodec CODEC = new SecretCodec(new JceCrypto());
  @TempDir static Path data;
  private static LocalServer server;

  @BeforeAll
  static void start() throws Exception {
    server = LocalServer.builder().port(0).dataDirectory(data)
        .log(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void slowIdleAndNonReadingClientsDoNotStarveAnOrdinaryOne() throws Exception {
    try (SlowClients attack = new SlowClients(server.port())
        .tricklingHeaders(48).tricklingBodies(48, 2_000, 100).idle(64).neverReading(8, "/js/securelink.js")) {
      Thread.sleep(1_000); // let every slow client reach the server and take whatever it can
      for (int round = 0; round < 5; round++) {
        assertEquals(200, RawHttp.send(server.port(), "GET", "/").status(), "the page, round " + round);
        roundTrip("served beside " + attack.size() + " slow clients, round " + round);
      }
      System.out.println("[slow] an ordinary client was served 5 times beside " + attack.size()
          + " slow connections (48 trickling headers, 48 trickling bodies, 64 idle, 8 never reading)");
    }
  }

  @Test
  void slowLargeUploadsWaitTheirTurnButSmallRequestsPass() throws Exception {
    int large = 200_000;
    try (SlowClients uploads = new SlowClients(server.port()).tricklingBodies(8, large, 70_000)) {
      Thread.sleep(1_000);
      roundTrip("small requests pass while every large-body turn is held");
      String body = "{\"id\":\"AAAAAAAAAAAAAAAAAAAAAA\",\"ciphertext\":\"" + "A".repeat(large) + "\"}";
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      String head = "POST /api/secrets HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
          + "Content-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n\r\n";
      byte[] request = new byte[head.length() + bytes.length];
      System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, request, 0, head.length());
      System.arraycopy(bytes, 0, request, head.length(), bytes.length);
      // It waits its turn for up to LargeBodies.WAIT_SECONDS (10 s), so RawHttp's 10 s read bound is too short.
      RawHttp.Response busy = RawExchange.send(server.port(), request, false).response();
      assertEquals(503, busy.status(), busy.text());
      assertEquals("store_unavailable", Json.parseObject(busy.text()).get("error"));
      System.out.println("[slow] 8 slow large uploads hold every turn: a 9th large upload got 503 store_unavailable,"
          + " small requests were served");
    }
    Sealed sealed = CODEC.seal(Payload.file("big.bin", "application/octet-stream", new byte[200_000]), null);
    assertEquals(201, new ApiClient(server.url()).create(sealed, 3600).statusCode(), "turns are given back");
  }

  private static void roundTrip(String text) throws Exception {
    ApiClient api = new ApiClient(server.url());
    Sealed sealed = CODEC.seal(Payload.text(text), null);
    assertEquals(201, api.create(sealed, 3600).statusCode());
    Keys keys = CODEC.keys(sealed.key(), null);
    HttpResponse<String> revealed = api.reveal(keys);
    assertEquals(200, revealed.statusCode(), revealed.body());
    byte[] envelope = Base64Url.decode((String) Json.parseObject(revealed.body()).get("ciphertext"));
    assertTrue(CODEC.open(keys, envelope).text().equals(text));
  }
}

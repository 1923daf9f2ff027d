package io.securelink.cli.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.securelink.cli.ApiClient;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes {@code securelink serve} through real HTTP on 127.0.0.1: {@value #DEFAULT_REQUESTS} seeded requests by
 * default ({@code -Dsecurelink.fuzz.requests=N}, {@code -Dsecurelink.fuzz.seed=S} for the long variant or a
 * replay), each judged by {@link ResponseRules}. Then the server must still work, no file outside its data
 * directory may have changed, the data directory may hold nothing but the store's objects, and every log line
 * must be one JSON object that echoes nothing of any request.
 */
class ServeFuzzTest {

  static final int DEFAULT_REQUESTS = 10_000;
  private static final int CLIENTS = 4;
  private static final Pattern STORE_OBJECT = Pattern.compile(
      "securelink(/(secrets|claims)(/[A-Za-z0-9_-]{22}(\\.\\d+|\\.wrong\\.\\d+)?)?)?");

  @TempDir Path parent;

  @Test
  void hostileRequestsGetWellFormedAnswersAndTouchNothingOutsideTheDataDirectory() throws Exception {
    long seed = Long.getLong("securelink.fuzz.seed", 20_260_601L);
    int requests = Integer.getInteger("securelink.fuzz.requests", DEFAULT_REQUESTS);
    String canary = "canary-outside-the-data-directory-" + seed;
    Files.createDirectories(parent.resolve("outside"));
    Files.writeString(parent.resolve("outside/canary.txt"), canary);
    Path data = parent.resolve("data");
    Path site = Path.of(LocalServer.class.getResource("/site/index.html").toURI()).getParent();
    Map<String, String> outsideBefore = TreeSnapshot.of(parent, data);
    Map<String, String> siteBefore = TreeSnapshot.of(site, null);

    ByteArrayOutputStream log = new ByteArrayOutputStream();
    ResponseRules rules = new ResponseRules(OpenApiErrorCodes.load(), List.of(canary));
    Map<String, LongAdder> byStatus = new ConcurrentHashMap<>();
    Map<String, LongAdder> byKind = new ConcurrentHashMap<>();
    Queue<String> failures = new ConcurrentLinkedQueue<>();
    List<String> markers = new ArrayList<>();
    try (LocalServer server = LocalServer.builder().port(0).dataDirectory(data)
        .log(new PrintStream(log, true, StandardCharsets.UTF_8)).start()) {
      FuzzRequests generator = new FuzzRequests(seed, server.port());
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      try {
        List<Future<?>> running = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
          int first = client;
          running.add(clients.submit(() -> {
            for (int index = first; index < requests; index += CLIENTS) {
              FuzzCase request = generator.generate(index);
              List<String> problems = new ArrayList<>();
              String outcome;
              RawExchange.Answer answer = null;
              try {
                answer = RawExchange.send(server.port(), request.wire(), request.head());
                ResponseRules.Verdict verdict = rules.judge(request, answer, problems);
                outcome = switch (verdict) {
                  case SECURELINK -> answer.timedOut() ? "hang" : Integer.toString(answer.response().status());
                  case PARSER_REFUSAL -> answer.response().status() + " (JDK parser)";
                  case CLOSED_BY_PARSER -> "closed (JDK parser)";
                };
              } catch (Exception e) {
                problems.add("client failure " + e);
                outcome = "client failure";
              }
              byStatus.computeIfAbsent(outcome, k -> new LongAdder()).increment();
              byKind.computeIfAbsent(request.kind(), k -> new LongAdder()).increment();
              if (!problems.isEmpty()) {
                failures.add("#" + index + " [" + request.kind() + "] " + problems + " " + describe(request, answer));
              }
            }
            return null;
          }));
        }
        for (Future<?> client : running) {
          client.get(15, TimeUnit.MINUTES);
        }
      } finally {
        clients.shutdownNow();
      }
      for (int index = 0; index < requests; index++) {
        markers.add(generator.generate(index).marker());
      }
      stillServesARealSecret(server);
    }

    System.out.println("[fuzz] seed " + seed + ", " + requests + " requests through real HTTP");
    System.out.println("[fuzz] by status: " + new TreeMap<>(byStatus));
    System.out.println("[fuzz] by kind: " + new TreeMap<>(byKind));
    System.out.println("[fuzz] failures: " + failures.size());
    assertTrue(failures.isEmpty(), failures.size() + " answers broke the rules, first: "
        + failures.stream().limit(15).toList());
    assertEquals(outsideBefore, TreeSnapshot.of(parent, data), "files outside the data directory changed");
    assertEquals(siteBefore, TreeSnapshot.of(site, null), "the served site changed");
    assertOnlyStoreObjects(data);
    assertLogIsCleanJson(log.toString(StandardCharsets.UTF_8), markers, canary);
  }

  /** Returns the request line and what came back, shortened, for a failure message. */
  private static String describe(FuzzCase request, RawExchange.Answer answer) {
    String wire = new String(request.wire(), StandardCharsets.ISO_8859_1);
    String line = wire.substring(0, Math.min(wire.length(), Math.max(0, wire.indexOf('\r')))).replaceAll("[^ -~]", "?");
    String reply = answer == null || answer.response() == null ? String.valueOf(answer)
        : answer.response().status() + " " + answer.response().text().replaceAll("[^ -~]", "?");
    return "{" + line.substring(0, Math.min(line.length(), 100)) + " | " + request.wire().length + " bytes -> "
        + reply.substring(0, Math.min(reply.length(), 120)) + "}";
  }

  private static void stillServesARealSecret(LocalServer server) throws Exception {
    SecretCodec codec = new SecretCodec(new JceCrypto());
    ApiClient api = new ApiClient(server.url());
    Sealed sealed = codec.seal(Payload.text("after the fuzzing"), null);
    assertEquals(201, api.create(sealed, 3600).statusCode());
    Keys keys = codec.keys(sealed.key(), null);
    HttpResponse<String> revealed = api.reveal(keys);
    assertEquals(200, revealed.statusCode(), revealed.body());
    byte[] envelope = Base64Url.decode((String) Json.parseObject(revealed.body()).get("ciphertext"));
    assertEquals("after the fuzzing", codec.open(keys, envelope).text());
  }

  private static void assertOnlyStoreObjects(Path data) throws Exception {
    Set<String> entries = TreeSnapshot.of(data, null).keySet();
    List<String> strangers = entries.stream()
        .filter(name -> !name.isEmpty() && !STORE_OBJECT.matcher(name).matches()).toList();
    assertTrue(strangers.isEmpty(), "the data directory holds more than the store's objects: " + strangers);
    System.out.println("[fuzz] data directory: " + entries.size() + " entries, all store objects");
  }

  private static void assertLogIsCleanJson(String log, List<String> markers, String canary) {
    String[] lines = log.split("\n");
    Set<String> markerSet = Set.copyOf(markers);
    Pattern token = Pattern.compile("mk[A-Za-z0-9]{12}");
    for (String line : lines) {
      Map<String, Object> record = Json.parseObject(line);
      assertTrue(record.containsKey("event"), "a log record without an event: " + line);
      assertTrue(line.length() < 1_000, "a log line long enough to hold a body: " + line.length() + " chars");
      assertTrue(!line.contains(canary), "the log holds a file's content");
      token.matcher(line).results().forEach(found -> assertTrue(!markerSet.contains(found.group()),
          "the log echoes a request: " + line));
    }
    System.out.println("[fuzz] log: " + lines.length + " lines, each one JSON object, no request echoed");
  }
}

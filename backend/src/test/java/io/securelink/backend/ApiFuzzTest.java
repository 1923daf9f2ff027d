package io.securelink.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.securelink.backend.TestRequests.TestSecret;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Seeded fuzzing of {@link Api#handle} with a real S3Proxy behind it. Every answer must be documented in
 * {@code docs/openapi.yaml} (status, error code, body shape), never a 5xx (the store is up), never an exception;
 * every log line is one-line JSON without any generated proof, proof hash, ciphertext or id; and afterwards the
 * bucket holds only well-formed keys under {@code secrets/} and {@code claims/}.
 *
 * <p>{@code -Dsecurelink.fuzz.requests} (default 12,000) and {@code -Dsecurelink.fuzz.seed} reproduce or widen a run.
 */
@ExtendWith(LocalS3.class)
class ApiFuzzTest {

  private static final int LIVE_SECRETS = 100;
  private static final int MAX_BIG_BODIES = 25;
  private static final int MAX_REPORTED = 20;
  private static final Pattern BASE64URL_RUN = Pattern.compile("[A-Za-z0-9_-]{16,}");
  private static final Pattern KEY = Pattern.compile(
      "secrets/[A-Za-z0-9_-]{21}[AQgw]|claims/[A-Za-z0-9_-]{21}[AQgw]\\.([1-9][0-9]*|wrong\\.([1-9]|10))");
  private static final Set<String> LOG_FIELDS =
      Set.of("event", "route", "status", "latencyMs", "requestId", "error");

  @Test
  @DisplayName("fuzzing: 12,000 seeded hostile requests, every answer documented, no 5xx, no leak, no stray key")
  void hostileRequestsGetDocumentedAnswersOnly(LocalS3 s3) throws Exception {
    int requests = Integer.getInteger("securelink.fuzz.requests", 12_000);
    long seed = Long.getLong("securelink.fuzz.seed", 20_261_203L);
    OpenApiSpec spec = OpenApiSpec.load();
    String bucket = s3.newBucket();
    List<String> logLines = new CopyOnWriteArrayList<>();
    List<TestSecret> live = new ArrayList<>();
    Map<String, Integer> statuses = new TreeMap<>();
    Map<String, Integer> kinds = new TreeMap<>();
    Map<String, Integer> consumedPerId = new HashMap<>();
    List<String> faults = new ArrayList<>();
    long started = System.nanoTime();
    try (S3SecretStore store = s3.newStore(bucket)) {
      Api api = new Api(store, new MutableClock(), Limits.defaults(), new AccessLog(logLines::add));
      for (int i = 0; i < LIVE_SECRETS; i++) {
        TestSecret secret = TestSecret.random(64 + i);
        assertEquals(201, TestRequests.create(api, secret, 3600, i % 2 == 0).getStatusCode());
        live.add(secret);
      }
      FuzzRequests generator = new FuzzRequests(seed, live, MAX_BIG_BODIES);
      for (int i = 0; i < requests; i++) {
        FuzzRequests.Planned planned = generator.next(i);
        String method = planned.event().getRequestContext().getHttp().getMethod();
        String path = planned.event().getRawPath();
        APIGatewayV2HTTPResponse response;
        try {
          response = api.handle(planned.event());
        } catch (RuntimeException | Error escaped) {
          record(faults, "#" + i + " " + method + ": exception escaped: " + escaped);
          continue;
        }
        int status = response.getStatusCode();
        statuses.merge(Integer.toString(status), 1, Integer::sum);
        kinds.merge(planned.kind() + " " + status, 1, Integer::sum);
        try {
          assertTrue(status < 500, "a 5xx while the store is up");
          assertResponseShape(response);
          JsonNode body = response.getBody().isEmpty() ? null : TestRequests.JSON.readTree(response.getBody());
          spec.check(method, path, status, body);
        } catch (AssertionError | RuntimeException wrong) {
          record(faults, "#" + i + " " + planned.kind() + " " + method + " " + abbreviate(path) + " -> " + status
              + " " + abbreviate(response.getBody()) + ": " + wrong.getMessage());
        }
        if (planned.created() != null && status == 201) {
          live.add(planned.created());
        }
        if (status == 200 && "POST".equals(method) && path.endsWith("/reveal") || status == 204) {
          consumedPerId.merge(RoutePath.match(path).id(), 1, Integer::sum);
        }
      }
      long millis = (System.nanoTime() - started) / 1_000_000;
      System.out.printf("fuzz: seed %d, %d requests in %d ms; statuses %s; by kind %s; %d log lines%n",
          seed, requests, millis, statuses, kinds, logLines.size());

      assertEquals(List.of(), faults, "every answer documented, no 5xx, no exception");
      consumedPerId.forEach((id, times) -> assertEquals(1, times, "secret consumed " + times + " times"));
      assertLogsLeakNothing(logLines, generator.materials(), requests);
      List<String> strayKeys = s3.keys(bucket).stream().filter(key -> !KEY.matcher(key).matches()).toList();
      assertEquals(List.of(), strayKeys, "only secrets/{id} and claims/{id}.{generation|wrong.k} are ever written");
    }
  }

  /** Every response carries the security headers, and is JSON or an empty 204. */
  private static void assertResponseShape(APIGatewayV2HTTPResponse response) {
    Map<String, String> expected = new TreeMap<>(SecurityHeaders.api());
    expected.put("Content-Type", ApiResponse.CONTENT_TYPE);
    Map<String, String> actual = new TreeMap<>(response.getHeaders());
    actual.remove("Allow");
    assertEquals(expected, actual, "headers");
    if (response.getStatusCode() == 204) {
      assertEquals("", response.getBody());
    }
    if (response.getStatusCode() >= 400) {
      String message = TestRequests.body(response).get("message").asString();
      assertTrue(message.length() < 200 && message.chars().allMatch(c -> c >= 0x20 && c < 0x7f),
          "error messages are short fixed ASCII text: " + message);
    }
  }

  /** One JSON object per request (plus store failures: none here), with known fields and no secret material. */
  private static void assertLogsLeakNothing(List<String> lines, Set<String> materials, int requests) {
    assertTrue(lines.size() >= requests, "one line per request at least");
    Set<String> runs = new TreeSet<>();
    for (String line : lines) {
      assertTrue(!line.contains("\n") && !line.contains("\r"), "one line: " + line);
      JsonNode record = TestRequests.JSON.readTree(line);
      record.propertyNames().forEach(name -> assertTrue(LOG_FIELDS.contains(name), "unknown log field: " + line));
      Matcher run = BASE64URL_RUN.matcher(line);
      while (run.find()) {
        runs.add(run.group());
      }
    }
    // A material in a line would lie inside one maximal base64url run of that line, at least as long as itself.
    for (String material : materials) {
      for (String candidate : runs) {
        assertTrue(!candidate.contains(material), "a log line holds generated secret material: " + candidate);
      }
    }
    System.out.printf("fuzz logs: %d lines, %d distinct base64url runs, checked against %d generated values%n",
        lines.size(), runs.size(), materials.size());
  }

  private static void record(List<String> faults, String fault) {
    if (faults.size() < MAX_REPORTED) {
      faults.add(fault);
    }
  }

  private static String abbreviate(String text) {
    return text == null || text.length() <= 100 ? text : text.substring(0, 100) + "…(" + text.length() + ")";
  }
}

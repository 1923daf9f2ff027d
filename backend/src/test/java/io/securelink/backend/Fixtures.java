package io.securelink.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Runs the JSON scenarios under {@code src/test/resources/events/}: each is a list of steps, most of them an API
 * Gateway (payload format 2.0) event and the exact response expected. The reader is strict: an unknown key in a
 * scenario, a step, an event or an expectation is an error, so a typo cannot silently weaken a check.
 */
final class Fixtures {

  /** One answered request: what the OpenAPI check compares with the spec. */
  record Observation(String method, String path, int status, JsonNode body) {}

  private static final Set<String> SCENARIO_KEYS = Set.of("description", "limits", "steps");
  private static final Set<String> EVENT_KEYS = Set.of(
      "version", "routeKey", "rawPath", "rawQueryString", "headers", "requestContext", "body", "isBase64Encoded");
  private static final Set<String> EXPECT_KEYS = Set.of("statusCode", "body", "headers");

  private Fixtures() {}

  /** Returns the scenario files, sorted by name. */
  static List<Path> all() {
    try (Stream<Path> files = Files.list(Path.of(Fixtures.class.getResource("/events").toURI()))) {
      return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot list the event fixtures", e);
    }
  }

  /** Returns the scenario's description. */
  static String description(Path scenario) {
    return read(scenario).get("description").asString();
  }

  /** Runs {@code scenario} against a fresh bucket, asserting every expectation; returns what it observed. */
  static List<Observation> run(Path scenario, LocalS3 s3) {
    JsonNode root = read(scenario);
    strict(root, SCENARIO_KEYS, scenario + "");
    Limits limits = root.has("limits")
        ? new Limits(Limits.DEFAULT_MIN_TTL, Limits.DEFAULT_MAX_TTL, root.get("limits").get("maxCiphertextBytes").asInt())
        : Limits.defaults();
    String bucket = s3.newBucket();
    FaultInjector faults = new FaultInjector();
    MutableClock clock = new MutableClock();
    List<Observation> observed = new ArrayList<>();
    try (S3SecretStore store = s3.newStore(bucket, faults)) {
      Api api = new Api(store, clock, limits, new AccessLog(line -> {}));
      int index = 0;
      for (JsonNode step : root.get("steps")) {
        String where = scenario.getFileName() + " step " + index++;
        if (step.has("advanceSeconds")) {
          strict(step, Set.of("advanceSeconds"), where);
          clock.advance(Duration.ofSeconds(step.get("advanceSeconds").asLong()));
        } else if (step.has("fault")) {
          strict(step, Set.of("fault"), where);
          faults.failOn(step.get("fault").isNull() ? null : step.get("fault").asString());
        } else if (step.has("absentKeys")) {
          strict(step, Set.of("absentKeys"), where);
          List<String> keys = s3.keys(bucket);
          step.get("absentKeys").forEach(key -> assertFalse(keys.contains(key.asString()), where + ": " + key));
        } else {
          strict(step, Set.of("event", "expect"), where);
          observed.add(runStep(api, step.get("event"), step.get("expect"), where));
        }
      }
    }
    return observed;
  }

  private static Observation runStep(Api api, JsonNode event, JsonNode expect, String where) {
    strict(event, EVENT_KEYS, where + " event");
    strict(expect, EXPECT_KEYS, where + " expect");
    APIGatewayV2HTTPEvent request = toEvent(event);
    APIGatewayV2HTTPResponse response = api.handle(request);
    assertEquals(expect.get("statusCode").asInt(), response.getStatusCode(), where + ": " + response.getBody());
    JsonNode body = response.getBody().isEmpty() ? null : TestRequests.JSON.readTree(response.getBody());
    JsonNode expectedBody = expect.get("body").isNull() ? null : expect.get("body");
    assertEquals(expectedBody, body, where + " body");
    Map<String, String> expectedHeaders = new LinkedHashMap<>(SecurityHeaders.api());
    expectedHeaders.put("Content-Type", "application/json; charset=utf-8");
    if (expect.has("headers")) {
      expect.get("headers").properties().forEach(h -> expectedHeaders.put(h.getKey(), h.getValue().asString()));
    }
    assertEquals(expectedHeaders, response.getHeaders(), where + " headers");
    return new Observation(request.getRequestContext().getHttp().getMethod(), request.getRawPath(),
        response.getStatusCode(), body);
  }

  private static APIGatewayV2HTTPEvent toEvent(JsonNode event) {
    Map<String, String> headers = new LinkedHashMap<>();
    event.get("headers").properties().forEach(h -> headers.put(h.getKey(), h.getValue().asString()));
    JsonNode context = event.get("requestContext");
    strict(context, Set.of("requestId", "http"), "requestContext");
    strict(context.get("http"), Set.of("method", "path"), "requestContext.http");
    return APIGatewayV2HTTPEvent.builder()
        .withVersion(event.get("version").asString())
        .withRouteKey(event.get("routeKey").asString())
        .withRawPath(event.get("rawPath").asString())
        .withRawQueryString(event.get("rawQueryString").asString())
        .withHeaders(headers)
        .withBody(event.has("body") ? event.get("body").asString() : null)
        .withIsBase64Encoded(event.get("isBase64Encoded").asBoolean())
        .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
            .withRequestId(context.get("requestId").asString())
            .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                .withMethod(context.get("http").get("method").asString())
                .withPath(context.get("http").get("path").asString())
                .build())
            .build())
        .build();
  }

  private static void strict(JsonNode node, Set<String> allowed, String where) {
    assertNotNull(node, where + " is missing");
    node.propertyNames().forEach(name -> {
      if (!allowed.contains(name)) {
        throw new IllegalArgumentException(where + ": unknown key " + name);
      }
    });
  }

  private static JsonNode read(Path scenario) {
    try {
      return TestRequests.JSON.readTree(Files.readString(scenario));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.securelink.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code docs/openapi.yaml} as an oracle: checks that one answered request is documented (path, method, status,
 * error code, body shape). Used by the contract check and by the fuzzer.
 */
final class OpenApiSpec {

  static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

  private final JsonNode spec;

  private OpenApiSpec(JsonNode spec) {
    this.spec = spec;
  }

  /** Returns the spec surefire names in {@code securelink.openapi}. */
  static OpenApiSpec load() throws IOException {
    String location = System.getProperty("securelink.openapi");
    assertNotNull(location, "surefire passes securelink.openapi");
    JsonNode spec = new YAMLMapper().readTree(Files.readString(Path.of(location)));
    assertEquals("3.1.0", spec.get("openapi").asString());
    return new OpenApiSpec(spec);
  }

  /** Returns the documented error codes (the ErrorCode enum). */
  Set<String> errorCodes() {
    Set<String> codes = new TreeSet<>();
    spec.get("components").get("schemas").get("ErrorCode").get("enum").forEach(code -> codes.add(code.asString()));
    return codes;
  }

  /** Returns every documented "operationId status", the default responses left out. */
  Set<String> operationStatuses() {
    Set<String> statuses = new TreeSet<>();
    spec.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
      if (HTTP_METHODS.contains(method.getKey())) {
        method.getValue().get("responses").propertyNames().stream().filter(status -> !status.equals("default"))
            .forEach(status -> statuses.add(method.getValue().get("operationId").asString() + " " + status));
      }
    }));
    return statuses;
  }

  /**
   * Asserts that {@code status} and {@code body} (null when empty) are documented for {@code method} on
   * {@code path}; returns the "operationId status" they match, or null for an unknown route or a 405.
   */
  String check(String method, String path, int status, JsonNode body) {
    String where = method + " " + abbreviate(path) + " -> " + status;
    String code = body != null && body.has("error") ? body.get("error").asString() : null;
    if (code != null) {
      assertTrue(errorCodes().contains(code), where + ": undocumented error code " + code);
    }
    RoutePath route = RoutePath.match(path);
    JsonNode pathItem = route == null ? null : spec.get("paths").get(route.template());
    if (pathItem == null) {
      assertEquals(404, status, where);
      assertEquals("not_found", code, where);
      return null;
    }
    JsonNode operation = method == null ? null : pathItem.get(method.toLowerCase(Locale.ROOT));
    if (operation == null || !method.equals(method.toUpperCase(Locale.ROOT))) {
      assertEquals(405, status, where + ": an undocumented method must be 405");
      checkBody(resolve(spec.get("components").get("responses").get("MethodNotAllowed")), body, where);
      return null;
    }
    JsonNode response = operation.get("responses").get(Integer.toString(status));
    assertNotNull(response, where + ": status not documented for " + operation.get("operationId").asString());
    checkBody(resolve(response), body, where);
    return operation.get("operationId").asString() + " " + status;
  }

  /** Checks the body against the response's schema: required and allowed properties, and its error codes. */
  private void checkBody(JsonNode response, JsonNode body, String where) {
    JsonNode content = response.get("content");
    if (content == null) {
      assertEquals(null, body, where + ": documented without a body");
      return;
    }
    JsonNode media = content.get("application/json");
    assertNotNull(media, where);
    JsonNode schema = resolve(media.get("schema"));
    assertNotNull(body, where + ": documented with a body");
    Set<String> allowed = new TreeSet<>(schema.get("properties").propertyNames());
    body.propertyNames().forEach(name -> assertTrue(allowed.contains(name), where + ": undocumented " + name));
    schema.get("required").forEach(name -> assertTrue(body.has(name.asString()), where + ": missing " + name));
    if (media.has("x-error-codes")) {
      Set<String> codes = new TreeSet<>();
      media.get("x-error-codes").forEach(code -> codes.add(code.asString()));
      assertTrue(codes.contains(body.get("error").asString()), where + ": code not listed for this response");
    }
  }

  private JsonNode resolve(JsonNode node) {
    while (node.has("$ref")) {
      JsonNode target = spec;
      for (String part : node.get("$ref").asString().substring(2).split("/")) {
        target = target.get(part);
      }
      node = target;
    }
    return node;
  }

  private static String abbreviate(String path) {
    return path == null || path.length() <= 120 ? path : path.substring(0, 120) + "…(" + path.length() + " chars)";
  }
}

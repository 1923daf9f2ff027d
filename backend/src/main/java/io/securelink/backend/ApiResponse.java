package io.securelink.backend;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/** One response of the API: a status, a JSON body, and the headers every response carries. */
final class ApiResponse {

  static final String CONTENT_TYPE = "application/json; charset=utf-8";

  private final int status;
  private final String body;
  private final Map<String, String> headers;

  private ApiResponse(int status, String body) {
    this.status = status;
    this.body = body;
    this.headers = SecurityHeaders.api();
    this.headers.put("Content-Type", CONTENT_TYPE);
  }

  /** Returns a response whose body is the JSON object of {@code fields}, in their order. */
  static ApiResponse json(int status, Map<String, Object> fields) {
    return new ApiResponse(status, JsonOut.object(fields));
  }

  /** Returns a 204 without a body. */
  static ApiResponse noContent() {
    return new ApiResponse(204, "");
  }

  /** Returns {@code {"error": code, "message": message}}. */
  static ApiResponse error(int status, String code, String message) {
    return json(status, errorFields(code, message));
  }

  /** Returns the error for {@code error}. */
  static ApiResponse error(ApiError error) {
    return error(error.status(), error.code(), error.getMessage());
  }

  /** Returns 403 wrong_proof, with the attempts left when the wrong proof was counted towards a guessing limit. */
  static ApiResponse wrongProof(OptionalInt attemptsLeft) {
    Map<String, Object> fields = errorFields(ApiError.WRONG_PROOF, attemptsLeft.isPresent()
        ? "The proof is wrong: the link or the passphrase does not match."
        : "The proof is wrong: the link does not match.");
    attemptsLeft.ifPresent(left -> fields.put("attemptsLeft", left));
    return json(403, fields);
  }

  /** Returns 405 with the methods the path does allow. */
  static ApiResponse methodNotAllowed(String allowed) {
    ApiResponse response =
        error(405, ApiError.METHOD_NOT_ALLOWED, "This method is not allowed here; see the Allow header.");
    response.headers.put("Allow", allowed);
    return response;
  }

  int status() {
    return status;
  }

  /** Returns the API Gateway (payload format 2.0) form of this response. */
  APIGatewayV2HTTPResponse toEvent() {
    return APIGatewayV2HTTPResponse.builder()
        .withStatusCode(status)
        .withHeaders(new LinkedHashMap<>(headers))
        .withBody(body)
        .withIsBase64Encoded(false)
        .build();
  }

  private static Map<String, Object> errorFields(String code, String message) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("error", code);
    fields.put("message", message);
    return fields;
  }
}

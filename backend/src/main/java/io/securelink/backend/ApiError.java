package io.securelink.backend;

/**
 * A request the API refuses, with its HTTP status and stable error code. Thrown by the guard clauses of the route
 * handlers; the message is fixed text and never echoes the request.
 */
final class ApiError extends RuntimeException {

  static final String INVALID_ID = "invalid_id";
  static final String INVALID_REQUEST = "invalid_request";
  static final String INVALID_JSON = "invalid_json";
  static final String INVALID_CIPHERTEXT = "invalid_ciphertext";
  static final String INVALID_EXPIRY = "invalid_expiry";
  static final String PAYLOAD_TOO_LARGE = "payload_too_large";
  static final String UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type";
  static final String METHOD_NOT_ALLOWED = "method_not_allowed";
  static final String NOT_FOUND = "not_found";
  static final String ID_TAKEN = "id_taken";
  static final String WRONG_PROOF = "wrong_proof";
  static final String STORE_UNAVAILABLE = "store_unavailable";
  static final String INTERNAL_ERROR = "internal_error";

  private final int status;
  private final String code;

  private ApiError(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  static ApiError badRequest(String code, String message) {
    return new ApiError(400, code, message);
  }

  static ApiError invalidRequest(String message) {
    return badRequest(INVALID_REQUEST, message);
  }

  static ApiError invalidJson() {
    return badRequest(INVALID_JSON, "The request body is not well-formed JSON.");
  }

  static ApiError tooLarge(int maxCiphertextBytes) {
    return new ApiError(413, PAYLOAD_TOO_LARGE,
        "The ciphertext is larger than " + maxCiphertextBytes + " bytes.");
  }

  static ApiError unsupportedMediaType() {
    return new ApiError(415, UNSUPPORTED_MEDIA_TYPE, "The request body must be application/json in UTF-8.");
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }
}

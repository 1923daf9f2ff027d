package io.securelink.backend;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The parts of an API Gateway (payload format 2.0) event the routes read, with their body checks. */
final class HttpRequest {

  private static final Set<String> STANDARD_METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT");

  private final String method;
  private final String path;
  private final Map<String, String> headers;
  private final String body;
  private final boolean base64Encoded;
  private final String requestId;

  private HttpRequest(String method, String path, Map<String, String> headers, String body, boolean base64Encoded,
      String requestId) {
    this.method = method;
    this.path = path;
    this.headers = headers == null ? Map.of() : headers;
    this.body = body;
    this.base64Encoded = base64Encoded;
    this.requestId = requestId;
  }

  /** Returns the request in {@code event}; a null event (Lambda's "null" input) matches no route. */
  static HttpRequest of(APIGatewayV2HTTPEvent event) {
    if (event == null) {
      return new HttpRequest("", null, null, null, false, null);
    }
    APIGatewayV2HTTPEvent.RequestContext context = event.getRequestContext();
    String method = context == null || context.getHttp() == null ? null : context.getHttp().getMethod();
    String requestId = context == null ? null : context.getRequestId();
    return new HttpRequest(method == null ? "" : method, event.getRawPath(), event.getHeaders(), event.getBody(),
        event.getIsBase64Encoded(), requestId);
  }

  String method() {
    return method;
  }

  /** Returns the method for a log line: a standard method name, or OTHER for anything a client made up. */
  String loggableMethod() {
    return STANDARD_METHODS.contains(method) ? method : "OTHER";
  }

  String path() {
    return path;
  }

  String requestId() {
    return requestId;
  }

  /**
   * Returns the body as text after checking, in order: JSON media type (415), length against the limit of a
   * maximal create request before any decoding or parsing (413), and UTF-8 validity (400 invalid_json).
   */
  String jsonBody(Limits limits) {
    int maxChars = limits.maxBodyChars();
    if (!isJsonUtf8(header("content-type"))) {
      throw ApiError.unsupportedMediaType();
    }
    String text = body == null ? "" : body;
    // base64 of n bytes has 4n/3 characters: compare like with like.
    long limit = base64Encoded ? (maxChars + 2L) / 3 * 4 : maxChars;
    if (text.length() > limit) {
      throw ApiError.tooLarge(limits.maxCiphertextBytes());
    }
    return base64Encoded ? decodeBase64Utf8(text) : text;
  }

  private String header(String lowerCaseName) {
    for (Map.Entry<String, String> header : headers.entrySet()) {
      if (header.getKey() != null && header.getKey().toLowerCase(Locale.ROOT).equals(lowerCaseName)) {
        return header.getValue();
      }
    }
    return null;
  }

  /** Accepts application/json with no parameter or with charset=utf-8 (any case, optional spaces). */
  private static boolean isJsonUtf8(String contentType) {
    if (contentType == null) {
      return false;
    }
    String[] parts = contentType.split(";", -1);
    if (!parts[0].trim().equalsIgnoreCase("application/json")) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].trim().toLowerCase(Locale.ROOT).replace(" ", "");
      if (!parameter.equals("charset=utf-8") && !parameter.equals("charset=\"utf-8\"")) {
        return false;
      }
    }
    return true;
  }

  private static String decodeBase64Utf8(String text) {
    try {
      byte[] bytes = Base64.getDecoder().decode(text);
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (IllegalArgumentException | CharacterCodingException e) {
      throw ApiError.invalidJson();
    }
  }
}

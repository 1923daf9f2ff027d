package io.securelink.cli.client;

import io.securelink.core.Json;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;

/**
 * One answer of the API, judged: the expected status gives its JSON body, the documented errors become an
 * {@link ApiFailure} of the right kind, and anything that is not the API's JSON means a wrong server.
 */
final class ApiAnswer {

  /** The longest piece of a server's message repeated to the user. */
  private static final int MAX_MESSAGE_CHARS = 200;

  private final ServerAddress server;
  private final HttpResponse<String> response;

  ApiAnswer(ServerAddress server, HttpResponse<String> response) {
    this.server = server;
    this.response = response;
  }

  /** Returns the JSON object of an answer with {@code status}, or throws what the answer means instead. */
  Map<String, Object> requireStatus(int status, String action) throws ApiFailure {
    if (response.statusCode() != status) {
      throw failure(action);
    }
    Map<String, Object> body = jsonOrNull();
    if (body == null) {
      throw notSecureLink();
    }
    return body;
  }

  /** Checks an answer that has no body, such as 204. */
  void requireEmpty(int status, String action) throws ApiFailure {
    if (response.statusCode() != status) {
      throw failure(action);
    }
  }

  ApiFailure notSecureLink() {
    return new ApiFailure(ApiFailure.Kind.UNAVAILABLE, server + " does not answer like a SecureLink server (HTTP "
        + response.statusCode() + "): check the address");
  }

  private ApiFailure failure(String action) {
    Map<String, Object> body = jsonOrNull();
    Object code = body == null ? null : body.get("error");
    if (!(code instanceof String)) {
      return notSecureLink();
    }
    int status = response.statusCode();
    if (status == 404 && code.equals("not_found")) {
      return new ApiFailure(ApiFailure.Kind.GONE, "this secret is no longer available: it was already viewed,"
          + " revoked or expired (or destroyed after too many wrong passphrases); ask the sender for a new link");
    }
    if (status == 403 && code.equals("wrong_proof")) {
      Object left = body.get("attemptsLeft");
      int attemptsLeft = left instanceof Long count && count >= 0 && count < 100
          ? count.intValue() : ApiFailure.UNKNOWN_ATTEMPTS;
      return new ApiFailure(ApiFailure.Kind.WRONG_PROOF, "the passphrase is wrong", attemptsLeft, null);
    }
    if (status == 503) {
      return new ApiFailure(ApiFailure.Kind.UNAVAILABLE, "the server's store is unavailable, nothing was revealed"
          + " or lost: try again later");
    }
    return new ApiFailure(ApiFailure.Kind.REFUSED, "the server refused the " + action + " (HTTP " + status + ", "
        + printable((String) code) + ": " + printable(String.valueOf(body.get("message"))) + ")");
  }

  private Map<String, Object> jsonOrNull() {
    String type = response.headers().firstValue("content-type").orElse("");
    if (!type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      return null;
    }
    try {
      return Json.parseObject(response.body());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Returns the text cut short and without control characters, as a server's words go to a terminal. */
  private static String printable(String text) {
    String cut = text.length() > MAX_MESSAGE_CHARS ? text.substring(0, MAX_MESSAGE_CHARS) + "…" : text;
    return cut.replaceAll("\\p{Cntrl}", " ");
  }
}

package io.securelink.web;

import io.securelink.core.Json;
import java.util.Collections;
import java.util.Map;

/**
 * One answer of the SecureLink API as the page sees it: the HTTP status (0 when the server could not be reached)
 * and the JSON members of the body. A body that is not a JSON object (an empty 204, a proxy's error page) reads
 * as no members, so callers branch on the status and the stable error code alone.
 */
final class ApiReply {

  /** The status the page uses for a request that got no HTTP answer at all. */
  static final int UNREACHABLE = 0;

  private final int status;
  private final Map<String, Object> members;

  private ApiReply(int status, Map<String, Object> members) {
    this.status = status;
    this.members = members;
  }

  /** Returns the reply for an HTTP answer. */
  static ApiReply of(int status, String body) {
    return new ApiReply(status, parseMembers(body));
  }

  /** Returns the reply for a request that failed before any HTTP answer (network error, timeout). */
  static ApiReply unreachable() {
    return new ApiReply(UNREACHABLE, Collections.emptyMap());
  }

  int status() {
    return status;
  }

  boolean isUnreachable() {
    return status == UNREACHABLE;
  }

  /** Returns the API's stable error code, such as {@code wrong_proof}, or "" when there is none. */
  String errorCode() {
    return string("error");
  }

  /** Returns the server's own explanation of an error, or "" when there is none. */
  String serverMessage() {
    return string("message");
  }

  /** Returns the string member {@code name}, or "" when it is absent or not a string. */
  String string(String name) {
    Object value = members.get(name);
    return value instanceof String ? (String) value : "";
  }

  /** Returns whether the member {@code name} is {@code true}. */
  boolean isTrue(String name) {
    return Boolean.TRUE.equals(members.get(name));
  }

  /** Returns the integral member {@code name}, or -1 when it is absent or not an integer. */
  long integer(String name) {
    Object value = members.get(name);
    return value instanceof Long ? (Long) value : -1;
  }

  private static Map<String, Object> parseMembers(String body) {
    if (body == null || body.isEmpty() || body.charAt(0) != '{') {
      return Collections.emptyMap();
    }
    try {
      return Json.parseObject(body);
    } catch (IllegalArgumentException notJson) {
      return Collections.emptyMap();
    }
  }
}

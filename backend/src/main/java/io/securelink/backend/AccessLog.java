package io.securelink.backend;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One-line JSON log records (CloudWatch parses them as fields). Only routes as templates, statuses, latencies,
 * request ids and exception class names are ever written: never a path, a body, a proof or a ciphertext.
 */
public final class AccessLog {

  private static final int MAX_REQUEST_ID_CHARS = 64;

  private final Consumer<String> sink;

  /** Returns a log that hands each line to {@code sink}. */
  public AccessLog(Consumer<String> sink) {
    this.sink = sink;
  }

  /** Returns the log Lambda forwards to CloudWatch: standard output. */
  public static AccessLog toStdout() {
    return new AccessLog(System.out::println);
  }

  /** Records one answered request. */
  void request(String route, int status, long latencyMicros, String requestId) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("event", "request");
    fields.put("route", route);
    fields.put("status", status);
    fields.put("latencyMs", (int) Math.min(Integer.MAX_VALUE, latencyMicros / 1000));
    fields.put("requestId", printable(requestId));
    sink.accept(JsonOut.object(fields));
  }

  /** Records a failure by class names and our own messages only; SDK and parser messages may quote input. */
  void failure(String route, String requestId, Throwable failure) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("event", failure instanceof StoreUnavailableException ? "store_unavailable" : "internal_error");
    fields.put("route", route);
    fields.put("requestId", printable(requestId));
    fields.put("error", describe(failure));
    sink.accept(JsonOut.object(fields));
  }

  private static String describe(Throwable failure) {
    StringBuilder text = new StringBuilder(failure.getClass().getSimpleName());
    if (failure instanceof StoreUnavailableException) {
      text.append(": ").append(failure.getMessage());
    }
    for (Throwable suppressed : failure.getSuppressed()) {
      text.append("; also ").append(describe(suppressed));
    }
    return text.toString();
  }

  /** Returns the id if it is a plain token, so a forged header cannot inject log fields or lines. */
  private static String printable(String requestId) {
    if (requestId == null || requestId.isEmpty() || requestId.length() > MAX_REQUEST_ID_CHARS
        || !requestId.chars().allMatch(c -> c == '-' || c == '_' || c == '=' || Character.isLetterOrDigit(c) && c < 128)) {
      return "-";
    }
    return requestId;
  }
}

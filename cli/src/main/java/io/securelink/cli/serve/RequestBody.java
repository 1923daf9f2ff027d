package io.securelink.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads a request body with a ceiling, before anything parses it: no more than the ceiling (plus one byte, to
 * tell) is ever held in memory.
 *
 * <p>An oversized body that is still of plausible size is read to its end and thrown away, so the client gets
 * to read the 413 instead of a connection reset; past {@link #DISCARD_LIMIT_BYTES} the answer is sent at once
 * and the connection closed. The server's request timeout bounds how long either may take.
 */
final class RequestBody {

  /** The most bytes read and dropped to let an oversized request end cleanly. */
  static final long DISCARD_LIMIT_BYTES = 16L * 1024 * 1024;

  private RequestBody() {}

  /** Returns the body, or empty when it is longer than {@code maxBytes}. */
  static Optional<byte[]> read(HttpExchange exchange, int maxBytes) throws IOException {
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    // Not closed here: closing drains what is left, which must wait until the answer has been sent.
    InputStream in = exchange.getRequestBody();
    if (declared != null && declaredLength(declared) > maxBytes) {
      if (declaredLength(declared) <= DISCARD_LIMIT_BYTES) {
        discard(in, DISCARD_LIMIT_BYTES);
      }
      return Optional.empty();
    }
    byte[] body = in.readNBytes(maxBytes + 1);
    if (body.length > maxBytes) {
      discard(in, DISCARD_LIMIT_BYTES - body.length);
      return Optional.empty();
    }
    return Optional.of(body);
  }

  private static void discard(InputStream in, long atMost) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long left = atMost;
    while (left > 0) {
      int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (read < 0) {
        return;
      }
      left -= read;
    }
  }

  /** Returns the declared length; the JDK has already refused a malformed one, so this only guards overflow. */
  private static long declaredLength(String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }
}

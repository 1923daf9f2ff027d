package io.securelink.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads a request body with a ceiling, before anything parses it: a declared length over the ceiling is refused
 * without reading a byte, and an undeclared (chunked) one is read no further than one byte past it.
 */
final class RequestBody {

  private RequestBody() {}

  /** Returns the body, or empty when it is longer than {@code maxBytes}. */
  static Optional<byte[]> read(HttpExchange exchange, int maxBytes) throws IOException {
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared != null && declaredLength(declared) > maxBytes) {
      return Optional.empty();
    }
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes(maxBytes + 1);
      return body.length > maxBytes ? Optional.empty() : Optional.of(body);
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

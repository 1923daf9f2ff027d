package io.securelink.cli.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/** Writes a complete response to an exchange: status, headers and body, with HTTP's rules for HEAD and 204. */
final class HttpResponses {

  private HttpResponses() {}

  /** Sends {@code body} (empty for none) and closes the exchange; a HEAD request gets the headers alone. */
  static void send(HttpExchange exchange, int status, Map<String, String> headers, byte[] body)
      throws IOException {
    Headers responseHeaders = exchange.getResponseHeaders();
    headers.forEach(responseHeaders::set);
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    boolean bodyForbidden = status == 204 || status == 304 || (status >= 100 && status < 200);
    try (exchange) {
      if (head && !bodyForbidden) {
        // What a GET would have sent; the JDK writes no Content-Length of its own for HEAD.
        responseHeaders.set("Content-Length", Integer.toString(body.length));
      }
      if (head || bodyForbidden || body.length == 0) {
        exchange.sendResponseHeaders(status, -1);
        return;
      }
      exchange.sendResponseHeaders(status, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}

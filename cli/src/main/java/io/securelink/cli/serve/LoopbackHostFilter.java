package io.securelink.cli.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import io.securelink.backend.SecurityHeaders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Answers only requests addressed to a loopback name, when the server listens on loopback.
 *
 * <p>A web page elsewhere can point its own host name at 127.0.0.1 (DNS rebinding) and then talk to this server
 * as if it were its own origin. It could not reveal anything without a link, but it could fill the data
 * directory; a Host header that is not {@code localhost}, {@code 127.x.x.x} or {@code [::1]} gives it away.
 * A request without any Host header (HTTP/1.0 tools) passes: a browser always sends one, so it cannot be a
 * rebinding page.
 */
final class LoopbackHostFilter extends Filter {

  private static final Pattern LOOPBACK_HOST =
      Pattern.compile("(localhost|127(\\.\\d{1,3}){3}|\\[::1\\])(:\\d{1,5})?");
  private static final byte[] REFUSAL =
      "This server answers only to http://127.0.0.1 or http://localhost.\n".getBytes(StandardCharsets.UTF_8);

  @Override
  public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
    String host = exchange.getRequestHeaders().getFirst("Host");
    if (host != null && !LOOPBACK_HOST.matcher(host.trim().toLowerCase(Locale.ROOT)).matches()) {
      Map<String, String> headers = SecurityHeaders.api();
      headers.put("Content-Type", "text/plain; charset=utf-8");
      HttpResponses.send(exchange, 403, headers, REFUSAL);
      return;
    }
    chain.doFilter(exchange);
  }

  @Override
  public String description() {
    return "refuses Host names that are not loopback";
  }
}

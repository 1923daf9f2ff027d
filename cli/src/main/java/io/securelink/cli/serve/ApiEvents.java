package io.securelink.cli.serve;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent.RequestContext;
import com.sun.net.httpserver.HttpExchange;
import io.securelink.cli.files.Utf8Bytes;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the API Gateway HTTP API event (payload format 2.0) that AWS would hand the Lambda for a request.
 *
 * <p>As API Gateway does: header names lower-cased and repeated headers joined with commas, cookies moved out of
 * the headers into {@code cookies}, the query string both raw and parsed (repeated names comma-joined), and the
 * body as text when it is valid UTF-8, base64 otherwise.
 */
final class ApiEvents {

  private static final DateTimeFormatter REQUEST_TIME =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private ApiEvents() {}

  /** Returns the event for {@code exchange} with its already read {@code body}, as of {@code now}. */
  static APIGatewayV2HTTPEvent from(HttpExchange exchange, byte[] body, Instant now, String requestId) {
    String rawPath = exchange.getRequestURI().getRawPath();
    String rawQuery = exchange.getRequestURI().getRawQuery();
    Map<String, String> headers = new LinkedHashMap<>();
    List<String> cookies = new ArrayList<>();
    exchange.getRequestHeaders().forEach((name, values) -> {
      String lowerName = name.toLowerCase(Locale.ROOT);
      if (lowerName.equals("cookie")) {
        values.forEach(value -> splitCookies(value, cookies));
      } else {
        headers.put(lowerName, String.join(",", values));
      }
    });
    Optional<String> text = Utf8Bytes.decode(body, body.length);
    RequestContext.Http http = RequestContext.Http.builder()
        .withMethod(exchange.getRequestMethod())
        .withPath(rawPath)
        .withProtocol(exchange.getProtocol())
        .withSourceIp(exchange.getRemoteAddress().getAddress().getHostAddress())
        .withUserAgent(headers.get("user-agent"))
        .build();
    RequestContext context = RequestContext.builder()
        .withRouteKey("$default")
        .withStage("$default")
        .withAccountId("local")
        .withApiId("local")
        .withDomainName(headers.get("host"))
        .withRequestId(requestId)
        .withTime(REQUEST_TIME.format(now))
        .withTimeEpoch(now.toEpochMilli())
        .withHttp(http)
        .build();
    return APIGatewayV2HTTPEvent.builder()
        .withVersion("2.0")
        .withRouteKey("$default")
        .withRawPath(rawPath)
        .withRawQueryString(rawQuery == null ? "" : rawQuery)
        .withQueryStringParameters(queryParameters(rawQuery))
        .withCookies(cookies.isEmpty() ? null : cookies)
        .withHeaders(headers)
        .withRequestContext(context)
        .withBody(body.length == 0 ? null : text.orElseGet(() -> Base64.getEncoder().encodeToString(body)))
        .withIsBase64Encoded(body.length > 0 && text.isEmpty())
        .build();
  }

  private static void splitCookies(String header, List<String> cookies) {
    for (String cookie : header.split(";")) {
      if (!cookie.isBlank()) {
        cookies.add(cookie.trim());
      }
    }
  }

  /** Returns the parsed query, or null when there is none (API Gateway then omits the field). */
  private static Map<String, String> queryParameters(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return null;
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      parameters.merge(name, value, (first, second) -> first + "," + second);
    }
    return parameters;
  }

  /** Percent-decodes a query component; a malformed escape is passed on as written, as API Gateway does. */
  private static String decode(String component) {
    try {
      return URLDecoder.decode(component, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return component;
    }
  }

}

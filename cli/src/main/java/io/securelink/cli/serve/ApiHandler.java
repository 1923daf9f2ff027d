package io.securelink.cli.serve;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.securelink.backend.SecurityHeaders;
import io.securelink.core.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Hands every request under {@code /api/} to the same function the Lambda runs, as API Gateway would: the body
 * capped at Lambda's request payload limit, the request as an {@link APIGatewayV2HTTPEvent}, and the
 * {@link APIGatewayV2HTTPResponse} written back as it is.
 */
final class ApiHandler implements HttpHandler {

  /** Lambda's limit for a synchronous request payload: 6 MB. The API's own, smaller limit applies after it. */
  static final int MAX_BODY_BYTES = 6 * 1024 * 1024;

  /** Hop-by-hop and framing headers are the server's to write, never the function's (API Gateway drops them). */
  private static final Set<String> SERVER_OWNED_HEADERS =
      Set.of("content-length", "transfer-encoding", "connection", "keep-alive", "date");

  private final Function<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> api;
  private final Clock clock;
  private final ServerLog log;
  /** Bounds the memory of this server's bodies; one handler serves all of its API requests. */
  private final LargeBodies largeBodies = new LargeBodies();

  ApiHandler(Function<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> api, Clock clock, ServerLog log) {
    this.api = api;
    this.clock = clock;
    this.log = log;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String requestId = UUID.randomUUID().toString();
    RequestBody.Outcome body;
    try {
      body = RequestBody.read(exchange, MAX_BODY_BYTES, largeBodies);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      exchange.close(); // the server is stopping
      return;
    }
    if (body instanceof RequestBody.Read read) {
      try {
        answer(exchange, read.bytes(), requestId);
      } finally {
        if (read.holdsTurn()) {
          largeBodies.leave();
        }
      }
    } else if (body instanceof RequestBody.TooLarge) {
      log.write("request_too_large", "requestId", requestId, "status", 413);
      sendError(exchange, 413, "payload_too_large", "The request body is larger than " + MAX_BODY_BYTES + " bytes.");
    } else if (body instanceof RequestBody.Busy) {
      log.write("busy", "requestId", requestId, "status", 503);
      sendError(exchange, 503, "store_unavailable",
          "The server is busy with other uploads. Nothing was stored; try again shortly.");
    } else {
      log.write("unreadable_body", "requestId", requestId, "status", 400);
      sendError(exchange, 400, "invalid_request", "The request body could not be read (broken framing).");
    }
  }

  private void answer(HttpExchange exchange, byte[] body, String requestId) throws IOException {
    APIGatewayV2HTTPResponse response;
    try {
      response = api.apply(ApiEvents.from(exchange, body, clock.instant(), requestId));
    } catch (RuntimeException e) {
      // The API promises never to throw; if it does, answer as API Gateway does and keep the message out.
      log.write("internal_error", "requestId", requestId, "error", e.getClass().getName());
      sendError(exchange, 500, "internal_error", "Internal error. Nothing was revealed.");
      return;
    }
    send(exchange, response);
  }

  private static void send(HttpExchange exchange, APIGatewayV2HTTPResponse response) throws IOException {
    Headers out = exchange.getResponseHeaders();
    Map<String, String> single = new LinkedHashMap<>();
    if (response.getHeaders() != null) {
      response.getHeaders().forEach((name, value) -> {
        if (!SERVER_OWNED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
          single.put(name, value);
        }
      });
    }
    if (response.getMultiValueHeaders() != null) {
      response.getMultiValueHeaders().forEach((name, values) -> {
        if (!SERVER_OWNED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
          values.forEach(value -> out.add(name, value));
        }
      });
    }
    List<String> cookies = response.getCookies();
    if (cookies != null) {
      cookies.forEach(cookie -> out.add("Set-Cookie", cookie));
    }
    HttpResponses.send(exchange, response.getStatusCode(), single, bodyOf(response));
  }

  private static byte[] bodyOf(APIGatewayV2HTTPResponse response) {
    String body = response.getBody();
    if (body == null) {
      return new byte[0];
    }
    return response.getIsBase64Encoded()
        ? Base64.getDecoder().decode(body)
        : body.getBytes(StandardCharsets.UTF_8);
  }

  /** Sends an error in the API's own shape, for requests the API never saw. */
  private static void sendError(HttpExchange exchange, int status, String code, String message)
      throws IOException {
    Map<String, String> headers = SecurityHeaders.api();
    headers.put("Content-Type", "application/json; charset=utf-8");
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("error", code);
    fields.put("message", message);
    byte[] body = Json.write(fields).getBytes(StandardCharsets.UTF_8);
    HttpResponses.send(exchange, status, headers, body);
  }
}

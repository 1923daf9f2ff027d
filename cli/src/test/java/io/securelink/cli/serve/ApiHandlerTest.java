package io.securelink.cli.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpServer;
import io.securelink.backend.SecurityHeaders;
import io.securelink.cli.RawHttp;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The adapter between plain HTTP and the Lambda's event types, over real HTTP, with a function in place of the
 * API that records the event it gets and answers what the test chose: so each field can be checked exactly.
 */
class ApiHandlerTest {

  private static final Instant NOW = Instant.parse("2026-03-12T19:03:58.123Z");

  private final AtomicReference<APIGatewayV2HTTPEvent> received = new AtomicReference<>();
  private final AtomicReference<APIGatewayV2HTTPResponse> answer = new AtomicReference<>();
  private final List<String> log = new ArrayList<>();
  private HttpServer server;
  private int port;

  @BeforeEach
  void start() throws IOException {
    answer.set(APIGatewayV2HTTPResponse.builder().withStatusCode(200).withBody("{}").build());
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ApiHandler handler = new ApiHandler(event -> {
      received.set(event);
      return answer.get();
    }, Clock.fixed(NOW, ZoneOffset.UTC), new ServerLog(log::add));
    server.createContext("/api/", handler);
    server.start();
    port = server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void buildsThePayloadFormat2Event() throws IOException {
    String headers = "User-Agent: test-agent/1.0\r\nX-Multi: one\r\nx-multi: two\r\n"
        + "Cookie: a=1; b=2\r\nContent-Type: application/json\r\n";
    byte[] body = "{\"proof\":\"Grüße 🔐\"}".getBytes(StandardCharsets.UTF_8);
    RawHttp.send(port, "POST", "/api/secrets/abc/reveal?x=1&y=%20two&x=3", headers, body);

    APIGatewayV2HTTPEvent event = received.get();
    assertEquals("2.0", event.getVersion());
    assertEquals("$default", event.getRouteKey());
    assertEquals("/api/secrets/abc/reveal", event.getRawPath());
    assertEquals("x=1&y=%20two&x=3", event.getRawQueryString());
    assertEquals(Map.of("x", "1,3", "y", " two"), event.getQueryStringParameters());
    assertEquals("one,two", event.getHeaders().get("x-multi"));
    assertEquals("application/json", event.getHeaders().get("content-type"));
    assertEquals("127.0.0.1:" + port, event.getHeaders().get("host"));
    assertFalse(event.getHeaders().containsKey("cookie"));
    assertEquals(List.of("a=1", "b=2"), event.getCookies());
    event.getHeaders().keySet().forEach(name -> assertEquals(name.toLowerCase(), name));
    assertEquals("{\"proof\":\"Grüße 🔐\"}", event.getBody());
    assertFalse(event.getIsBase64Encoded());

    APIGatewayV2HTTPEvent.RequestContext context = event.getRequestContext();
    assertEquals("$default", context.getRouteKey());
    assertEquals(NOW.toEpochMilli(), context.getTimeEpoch());
    assertEquals("12/Mar/2026:19:03:58 +0000", context.getTime());
    assertTrue(context.getRequestId().matches("[0-9a-f-]{36}"), context.getRequestId());
    assertEquals("POST", context.getHttp().getMethod());
    assertEquals("/api/secrets/abc/reveal", context.getHttp().getPath());
    assertEquals("HTTP/1.1", context.getHttp().getProtocol());
    assertEquals("127.0.0.1", context.getHttp().getSourceIp());
    assertEquals("test-agent/1.0", context.getHttp().getUserAgent());
  }

  @Test
  void aBodyThatIsNotUtf8TravelsAsBase64() throws IOException {
    byte[] body = {(byte) 0xff, 0x00, (byte) 0xc3, 0x28};
    RawHttp.send(port, "POST", "/api/secrets", "", body);
    assertTrue(received.get().getIsBase64Encoded());
    assertArrayEquals(body, Base64.getDecoder().decode(received.get().getBody()));
  }

  @Test
  void noBodyAndNoQueryAreLeftOutAsApiGatewayDoes() throws IOException {
    RawHttp.send(port, "GET", "/api/secrets/abc");
    assertNull(received.get().getBody());
    assertFalse(received.get().getIsBase64Encoded());
    assertEquals("", received.get().getRawQueryString());
    assertNull(received.get().getQueryStringParameters());
    assertNull(received.get().getCookies());
  }

  @Test
  void writesTheResponseBackAsItIs() throws IOException {
    byte[] binary = {0, 1, 2, (byte) 0xfe, (byte) 0xff};
    answer.set(APIGatewayV2HTTPResponse.builder()
        .withStatusCode(418)
        .withHeaders(Map.of("Content-Type", "application/octet-stream", "X-Single", "s",
            "Content-Length", "999999"))
        .withMultiValueHeaders(Map.of("X-Multi", List.of("m1", "m2")))
        .withCookies(List.of("c=1; Path=/", "d=2"))
        .withBody(Base64.getEncoder().encodeToString(binary))
        .withIsBase64Encoded(true)
        .build());
    RawHttp.Response response = RawHttp.send(port, "GET", "/api/x");
    assertEquals(418, response.status());
    assertEquals("application/octet-stream", response.header("content-type"));
    assertEquals("s", response.header("x-single"));
    assertEquals("m1, m2", response.header("x-multi"));
    assertEquals("c=1; Path=/, d=2", response.header("set-cookie"));
    assertEquals("5", response.header("content-length"));
    assertArrayEquals(binary, response.body());
  }

  @Test
  void noContentHasNoBody() throws IOException {
    answer.set(APIGatewayV2HTTPResponse.builder().withStatusCode(204).withBody("").build());
    RawHttp.Response response = RawHttp.send(port, "DELETE", "/api/secrets/abc");
    assertEquals(204, response.status());
    assertEquals(0, response.body().length);
  }

  @Test
  void aDeclaredBodyOverTheLimitIsRefusedWithA413TheClientCanRead() throws IOException {
    byte[] body = new byte[ApiHandler.MAX_BODY_BYTES + 1];
    RawHttp.Response response = RawHttp.send(port, "POST", "/api/secrets", "Content-Type: application/json\r\n", body);
    assertTooLarge(response);
  }

  @Test
  void aHugeDeclaredBodyIsRefusedBeforeAnyOfItArrives() throws IOException {
    int status = RawHttp.statusBeforeBody(port, "POST", "/api/secrets", "Content-Length: 1073741824\r\n");
    assertEquals(413, status);
    assertNull(received.get());
  }

  @Test
  void aChunkedBodyOverTheLimitIsCutOffAtTheLimit() throws IOException {
    int chunk = 1024 * 1024;
    StringBuilder chunked = new StringBuilder();
    for (int sent = 0; sent <= ApiHandler.MAX_BODY_BYTES; sent += chunk) {
      chunked.append(Integer.toHexString(chunk)).append("\r\n").append("a".repeat(chunk)).append("\r\n");
    }
    chunked.append("0\r\n\r\n");
    RawHttp.Response response = RawHttp.send(port, "POST", "/api/secrets",
        "Transfer-Encoding: chunked\r\n", chunked.toString().getBytes(StandardCharsets.US_ASCII));
    assertTooLarge(response);
  }

  @Test
  void aBodyAtTheLimitGetsThrough() throws IOException {
    byte[] body = new byte[ApiHandler.MAX_BODY_BYTES];
    java.util.Arrays.fill(body, (byte) 'a');
    RawHttp.Response response = RawHttp.send(port, "POST", "/api/secrets", "", body);
    assertEquals(200, response.status());
    assertEquals(ApiHandler.MAX_BODY_BYTES, received.get().getBody().length());
  }

  @Test
  void aFailingFunctionIsA500ThatRevealsNothing() throws IOException {
    server.removeContext("/api/");
    server.createContext("/api/", new ApiHandler(event -> {
      throw new IllegalStateException("secret detail that must not leak");
    }, Clock.systemUTC(), new ServerLog(log::add)));
    RawHttp.Response response = RawHttp.send(port, "GET", "/api/secrets/abc");
    assertEquals(500, response.status());
    assertEquals("application/json; charset=utf-8", response.header("content-type"));
    assertEquals("no-store", response.header("cache-control"));
    assertFalse(response.text().contains("secret detail"));
    assertFalse(String.join("\n", log).contains("secret detail"));
  }

  private void assertTooLarge(RawHttp.Response response) {
    assertEquals(413, response.status());
    assertNull(received.get(), "the API must not see a body over the limit");
    assertEquals("{\"error\":\"payload_too_large\",\"message\":\"The request body is larger than "
        + ApiHandler.MAX_BODY_BYTES + " bytes.\"}", response.text());
    SecurityHeaders.api().forEach((name, value) -> assertEquals(value, response.header(name), name));
    assertEquals("application/json; charset=utf-8", response.header("content-type"));
  }
}

package io.securelink.cli.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.securelink.cli.RawHttp;
import io.securelink.cli.StaticHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The static handler over real HTTP, on a fixture site with a bait file just outside it. */
class StaticSiteHandlerTest {

  private static final List<String> LOG = new ArrayList<>();
  private static HttpServer server;
  private static int port;

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ServerLog log = new ServerLog(line -> {
      synchronized (LOG) {
        LOG.add(line);
      }
    });
    server.createContext("/", new StaticSiteHandler(StaticSiteHandlerTest.class.getClassLoader(), "testsite/", log));
    server.start();
    port = server.getAddress().getPort();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  @Test
  void servesTheIndexAtTheRootWithExactHeaders() throws IOException {
    RawHttp.Response response = RawHttp.send(port, "GET", "/");
    assertEquals(200, response.status());
    StaticHeaders.assertExact(response, "text/html; charset=utf-8");
    assertArrayEquals(resource("testsite/index.html"), response.body());
  }

  @Test
  void namesEachKindOfFile() throws IOException {
    RawHttp.Response script = RawHttp.send(port, "GET", "/js/app.js");
    assertEquals(200, script.status());
    StaticHeaders.assertExact(script, "text/javascript; charset=utf-8");
    assertArrayEquals(resource("testsite/js/app.js"), script.body());
    RawHttp.Response style = RawHttp.send(port, "GET", "/style.css");
    StaticHeaders.assertExact(style, "text/css; charset=utf-8");
  }

  @Test
  void headSendsTheHeadersOfGetWithoutABody() throws IOException {
    RawHttp.Response head = RawHttp.send(port, "HEAD", "/js/app.js");
    assertEquals(200, head.status());
    StaticHeaders.assertExact(head, "text/javascript; charset=utf-8");
    assertEquals(Integer.toString(resource("testsite/js/app.js").length), head.header("content-length"));
    assertEquals(0, head.body().length);
  }

  @Test
  void unknownPathsAreA404PageWithTheSameHeaders() throws IOException {
    RawHttp.Response response = RawHttp.send(port, "GET", "/nothing-here.html");
    assertEquals(404, response.status());
    StaticHeaders.assertExact(response, "text/html; charset=utf-8");
  }

  @Test
  void otherMethodsAreRefused() throws IOException {
    RawHttp.Response response = RawHttp.send(port, "POST", "/", "", "x=1".getBytes());
    assertEquals(405, response.status());
    assertEquals("GET, HEAD", response.header("allow"));
    String page = new String(response.body(), StandardCharsets.UTF_8);
    assertTrue(page.contains("<title>Method not allowed</title>"), page);
  }

  @Test
  void aFolderIsNeverServed() throws IOException {
    // The fixture has a folder named like a script; it must not answer with a listing or anything else.
    assertNotNull(getClass().getClassLoader().getResource("testsite/folder.js"));
    assertEquals(404, RawHttp.send(port, "GET", "/folder.js").status());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "/../bait.html",
    "/%2e%2e/bait.html",
    "/%2E%2E%2Fbait.html",
    "/js/%2e%2e/%2e%2e/bait.html",
    "/%252e%252e/bait.html",
    "/..%2fbait.html",
    "/..%5cbait.html",
    "/..\\bait.html",
    "/%c0%ae%c0%ae/bait.html",
    "/%2e%2e/bait.html%00",
    "/%2e%2e/bait.html%00.js",
    "/bait.html%00/../../bait.html",
    "/js/../../bait.html",
    "/.%2e/bait.html",
    "//bait.html",
    "http://127.0.0.1/../bait.html"
  })
  void traversalNeverReadsOutsideTheSite(String target) throws IOException {
    // The bait really is one level above the site on the classpath, so a naive lookup would find it.
    assertNotNull(getClass().getClassLoader().getResource("testsite/../bait.html"));
    RawHttp.Response response = RawHttp.send(port, "GET", target);
    assertFalse(response.text().contains("BAIT-OUTSIDE-SITE"), target);
    assertTrue(response.status() == 404 || response.status() == 400, target + " -> " + response.status());
  }

  @Test
  void logsServedFileNamesButNeverTheRequestedPath() throws IOException {
    RawHttp.Response response = RawHttp.send(port, "GET", "/%23v1.mangled-link-in-a-path");
    assertEquals(404, response.status());
    synchronized (LOG) {
      assertFalse(LOG.stream().anyMatch(line -> line.contains("mangled-link")), String.join("\n", LOG));
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = StaticSiteHandlerTest.class.getClassLoader().getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }
}

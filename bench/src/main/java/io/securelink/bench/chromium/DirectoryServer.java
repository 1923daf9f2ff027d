package io.securelink.bench.chromium;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves one directory over plain HTTP on 127.0.0.1 and a free port. Loopback is a secure context, so pages served
 * from here may use WebCrypto.
 */
public final class DirectoryServer implements AutoCloseable {

  private static final Map<String, String> CONTENT_TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "js", "text/javascript; charset=utf-8");

  private final HttpServer server;
  private final Path root;

  private DirectoryServer(HttpServer server, Path root) {
    this.server = server;
    this.root = root;
  }

  /** Returns a started server for the files under {@code root}. */
  public static DirectoryServer start(Path root) throws IOException {
    if (!Files.isRegularFile(root.resolve("index.html"))) {
      throw new IOException(root + " has no index.html: build the bench module first (see bench/run)");
    }
    HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    DirectoryServer files = new DirectoryServer(http, root.toAbsolutePath().normalize());
    http.createContext("/", files::serve);
    http.start();
    return files;
  }

  /** Returns the address of the directory's index.html. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      Path file = root.resolve((path.endsWith("/") ? path + "index.html" : path).substring(1)).normalize();
      if (!"GET".equals(exchange.getRequestMethod()) || !file.startsWith(root) || !Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] body = Files.readAllBytes(file);
      String name = file.getFileName().toString();
      exchange.getResponseHeaders().set("Content-Type",
          CONTENT_TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

package io.securelink.web.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves a directory, plus named extra files, over plain HTTP on 127.0.0.1 and an ephemeral port, for a browser
 * under test. Loopback is a secure context, so WebCrypto is available to pages served from here.
 */
public final class StaticFileServer implements AutoCloseable {

  private static final Map<String, String> CONTENT_TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "json", "application/json",
      "css", "text/css; charset=utf-8");

  private final HttpServer server;
  private final Path root;
  private final Map<String, Path> extraFiles;

  private StaticFileServer(HttpServer server, Path root, Map<String, Path> extraFiles) {
    this.server = server;
    this.root = root;
    this.extraFiles = extraFiles;
  }

  /**
   * Returns a started server for the files under {@code root}; {@code extraFiles} maps further URL paths (such
   * as {@code /vectors.json}) to files outside it.
   */
  public static StaticFileServer start(Path root, Map<String, Path> extraFiles) throws IOException {
    if (!Files.isDirectory(root)) {
      throw new IOException("nothing to serve: " + root + " is not a directory (was the module built?)");
    }
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    StaticFileServer files = new StaticFileServer(server, root.toAbsolutePath().normalize(), Map.copyOf(extraFiles));
    server.createContext("/", files::serve);
    server.start();
    return files;
  }

  /** Returns the port the server listens on, on 127.0.0.1. */
  public int port() {
    return server.getAddress().getPort();
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      Path file = resolve(exchange.getRequestURI().getPath());
      if (!"GET".equals(exchange.getRequestMethod()) || file == null || !Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] body = Files.readAllBytes(file);
      exchange.getResponseHeaders().set("Content-Type", contentType(file));
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** Returns the file for {@code urlPath}, or null for a path that leaves the root. */
  private Path resolve(String urlPath) {
    Path extra = extraFiles.get(urlPath);
    if (extra != null) {
      return extra;
    }
    String relative = urlPath.endsWith("/") ? urlPath + "index.html" : urlPath;
    Path file = root.resolve(relative.substring(1)).normalize();
    return file.startsWith(root) ? file : null;
  }

  private static String contentType(Path file) {
    String name = file.getFileName().toString();
    String extension = name.substring(name.lastIndexOf('.') + 1);
    return CONTENT_TYPES.getOrDefault(extension, "application/octet-stream");
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

package io.securelink.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.securelink.backend.SecurityHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Serves the page's static files from a folder on the classpath ({@code site/} in {@code securelink.jar}).
 *
 * <p>Only GET and HEAD; every response, 404 included, carries {@link SecurityHeaders#common()} and
 * {@code Cache-Control: no-cache} so a browser always revalidates and a new build is never mixed with an old one.
 * Which names may be read at all is decided by {@link SitePath}.
 */
final class StaticSiteHandler implements HttpHandler {

  private static final byte[] NOT_FOUND_PAGE =
      page("Not found", "There is nothing at this address.");
  private static final byte[] METHOD_NOT_ALLOWED_PAGE =
      page("Method not allowed", "The page and its files can only be read (GET or HEAD).");

  private final ClassLoader classLoader;
  private final String root;
  private final ServerLog log;

  /**
   * @param classLoader where the site's files are looked up
   * @param root the folder on the classpath that holds them, ending in {@code /}
   * @param log where each answered request is recorded, by served file name only
   */
  StaticSiteHandler(ClassLoader classLoader, String root, ServerLog log) {
    if (!root.endsWith("/")) {
      throw new IllegalArgumentException("site root must end with '/': " + root);
    }
    this.classLoader = classLoader;
    this.root = root;
    this.log = log;
  }

  /** Returns whether the site has its start page; a build without it has no page to serve. */
  boolean hasIndex() {
    return classLoader.getResource(root + SitePath.INDEX) != null;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      Map<String, String> headers = headers("text/html; charset=utf-8");
      headers.put("Allow", "GET, HEAD");
      answer(exchange, 405, "-", headers, METHOD_NOT_ALLOWED_PAGE);
      return;
    }
    Optional<String> name = SitePath.resolve(exchange.getRequestURI().getRawPath());
    Optional<byte[]> content = name.isPresent() ? read(name.get()) : Optional.empty();
    if (content.isEmpty()) {
      answer(exchange, 404, "-", headers("text/html; charset=utf-8"), NOT_FOUND_PAGE);
      return;
    }
    String mediaType = MediaTypes.of(name.get()).orElseThrow();
    answer(exchange, 200, name.get(), headers(mediaType), content.get());
  }

  private static byte[] page(String title, String text) {
    return ("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head>\n"
            + "<body><h1>" + title + "</h1><p>" + text + " <a href=\"/\">Share a secret</a></p></body></html>\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Sends the response and logs it; {@code file} is a name of the site or "-", never the requested path. */
  private void answer(HttpExchange exchange, int status, String file, Map<String, String> headers, byte[] body)
      throws IOException {
    HttpResponses.send(exchange, status, headers, body);
    log.write("static", "method", loggableMethod(exchange.getRequestMethod()), "file", file, "status", status);
  }

  private static String loggableMethod(String method) {
    return method.equals("GET") || method.equals("HEAD") ? method : "OTHER";
  }

  /** Returns the file's bytes; a folder answers too when asked by name, so only true files count. */
  private Optional<byte[]> read(String name) throws IOException {
    URL url = classLoader.getResource(root + name);
    if (url == null) {
      return Optional.empty();
    }
    URLConnection connection = url.openConnection();
    boolean file = switch (url.getProtocol()) {
      case "jar" -> !((JarURLConnection) connection).getJarEntry().isDirectory();
      case "file" -> Files.isRegularFile(fileOf(url));
      default -> false;
    };
    if (!file) {
      return Optional.empty();
    }
    try (InputStream in = connection.getInputStream()) {
      return Optional.of(in.readAllBytes());
    }
  }

  private static Path fileOf(URL url) throws IOException {
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IOException("unreadable site file URL", e);
    }
  }

  private static Map<String, String> headers(String contentType) {
    Map<String, String> headers = SecurityHeaders.common();
    headers.put("Cache-Control", "no-cache");
    headers.put("Content-Type", contentType);
    return headers;
  }
}

package io.securelink.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends exact bytes to a loopback server and reads the whole answer: for requests an HTTP client would
 * normalise or refuse (encoded dots, NUL, raw backslashes), and for headers a client would merge.
 */
public final class RawHttp {

  private static final int TIMEOUT_MILLIS = 10_000;

  /** One parsed response; header names lower-cased, repeated headers joined with ", ". */
  public record Response(int status, Map<String, String> headers, byte[] body) {

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private RawHttp() {}

  /**
   * Sends {@code method target} with {@code extraHeaders} (each ending in CRLF) and an optional body, framed by
   * a Content-Length unless the extra headers name a Transfer-Encoding; Host is 127.0.0.1 unless they name one.
   */
  public static Response send(int port, String method, String target, String extraHeaders, byte[] body)
      throws IOException {
    String lowerHeaders = extraHeaders.toLowerCase(Locale.ROOT);
    boolean framed = body.length > 0 && !lowerHeaders.contains("transfer-encoding");
    String host = lowerHeaders.startsWith("host:") || lowerHeaders.contains("\r\nhost:")
        ? "" : "Host: 127.0.0.1:" + port + "\r\n";
    String head = method + " " + target + " HTTP/1.1\r\n" + host + "Connection: close\r\n"
        + extraHeaders + (framed ? "Content-Length: " + body.length + "\r\n" : "") + "\r\n";
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(TIMEOUT_MILLIS);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      return parse(socket.getInputStream(), method.equals("HEAD"));
    }
  }

  /** Sends a bodiless request. */
  public static Response send(int port, String method, String target) throws IOException {
    return send(port, method, target, "", new byte[0]);
  }

  /**
   * Sends a request head alone and returns the status of the answer as soon as its head has arrived, without
   * waiting for the server to close: for requests that announce a body they never send.
   */
  public static int statusBeforeBody(int port, String method, String target, String extraHeaders)
      throws IOException {
    String head = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n" + extraHeaders + "\r\n";
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(TIMEOUT_MILLIS);
      socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      InputStream in = socket.getInputStream();
      StringBuilder statusLine = new StringBuilder();
      for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
        statusLine.append((char) c);
      }
      String[] parts = statusLine.toString().split(" ");
      if (parts.length < 2) {
        throw new IOException("no status line, got: " + statusLine);
      }
      return Integer.parseInt(parts[1]);
    }
  }

  private static Response parse(InputStream in, boolean head) throws IOException {
    return parse(in.readAllBytes(), head);
  }

  /** Parses one whole response, as read until the server closed; {@code head} when it answers a HEAD. */
  public static Response parse(byte[] all, boolean head) throws IOException {
    int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    if (end < 0) {
      throw new IOException("no complete response head in " + all.length + " bytes");
    }
    String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = lines[i].substring(colon + 1).trim();
      headers.merge(name, value, (first, second) -> first + ", " + second);
    }
    byte[] body = Arrays.copyOfRange(all, end + 4, all.length);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = dechunk(body);
    }
    return new Response(status, headers, head ? new byte[0] : body);
  }

  private static byte[] dechunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (true) {
      int lineEnd = indexOf(Arrays.copyOfRange(chunked, at, chunked.length), new byte[] {'\r', '\n'}) + at;
      int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).trim(), 16);
      if (size == 0) {
        return out.toByteArray();
      }
      out.write(chunked, lineEnd + 2, size);
      at = lineEnd + 2 + size + 2;
    }
  }

  private static int indexOf(byte[] data, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= data.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}

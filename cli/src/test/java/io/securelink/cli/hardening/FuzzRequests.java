package io.securelink.cli.hardening;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Generates the fuzzer's requests from a seed: request {@code i} depends only on the seed and {@code i}, so a
 * failure names a case that can be replayed alone.
 *
 * <p>Each request varies the method (odd ones included), the target ({@link FuzzTargets}), the HTTP version,
 * the Host, the content type, extra and huge headers, the body ({@link FuzzBodies}) and its framing: exact,
 * short, long, chunked, badly chunked, conflicting. It also predicts, as the JDK's parser would judge it, whether
 * the request is malformed at the HTTP level and which handler it reaches otherwise.
 */
final class FuzzRequests {

  private static final List<String> METHODS = List.of("GET", "GET", "GET", "HEAD", "POST", "POST", "POST", "PUT",
      "DELETE", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "PROPFIND", "MKCOL", "get", "X".repeat(300),
      "GÉT", "P\u0000ST");
  private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=utf-8",
      "APPLICATION/JSON; Charset=UTF-8", "application/json; charset=iso-8859-1", "text/plain",
      "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json, text/plain", "",
      ";;;", "application/json; charset=utf-8; charset=latin1", "application/jsonx", "json");
  private static final Pattern LOOPBACK_HOST = Pattern.compile("(localhost|127(\\.\\d{1,3}){3}|\\[::1\\])(:\\d{1,5})?");
  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  /** The server's limit on request line and headers together (ConnectionLimits.MAX_HEADER_BYTES). */
  static final int MAX_HEAD_BYTES = 64 * 1024;

  private final long seed;
  private final int port;
  private final FuzzApiCalls apiCalls;

  FuzzRequests(long seed, int port) {
    this.seed = seed;
    this.port = port;
    this.apiCalls = new FuzzApiCalls(seed);
  }

  /** Returns request number {@code index}. */
  FuzzCase generate(int index) {
    Random random = new Random(seed * 1_000_003L + index);
    String marker = "mk" + FuzzIds.base64Url(random, 9).replace('-', 'x').replace('_', 'y');
    FuzzApiCalls.Call call = random.nextInt(5) == 0 ? apiCalls.pick(random, marker) : null;
    String method = call != null ? call.method() : METHODS.get(random.nextInt(METHODS.size()));
    String target = call != null ? call.target()
        : random.nextInt(50) == 0 ? oddTarget(random) : FuzzTargets.pick(random, marker);
    String version = version(random);
    List<String> kinds = new ArrayList<>();
    boolean malformed = false;

    String requestLine = method + " " + target + " " + version;
    if (random.nextInt(60) == 0) {
      requestLine = new String[] {method + " " + target, method + "  " + target + " " + version,
          method + " " + target + " " + version + " extra", method, "", " " + requestLine}[random.nextInt(6)];
      kinds.add("request-line");
      malformed = true;
    }
    List<String> headers = new ArrayList<>();
    String host = host(random);
    if (host != null) {
      headers.add("Host: " + host);
    }
    headers.add("Connection: close");
    headers.add("X-Fuzz-Marker: " + marker);
    malformed |= addExtraHeaders(random, headers, kinds);

    byte[] body = call != null ? call.body() : FuzzBodies.pick(random, marker);
    if (call != null) {
      if (call.contentType() != null) {
        headers.add("Content-Type: " + call.contentType());
      }
    } else if (body.length > 0 || random.nextInt(4) == 0) {
      String type = CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()));
      if (random.nextInt(8) != 0) {
        headers.add("Content-Type: " + type);
      }
    }
    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    byte[] framedBody = frame(random, body, headers, kinds);
    malformed |= kinds.contains("bad-framing");
    StringBuilder head = new StringBuilder(requestLine).append("\r\n");
    headers.forEach(line -> head.append(line).append("\r\n"));
    head.append("\r\n");
    byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
    if (headBytes.length > MAX_HEAD_BYTES) {
      kinds.add("oversized-head");
      malformed = true;
    }
    wire.writeBytes(headBytes);
    wire.writeBytes(framedBody);

    String rawTarget = new String(target.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    String path = pathAsTheJdkSeesIt(rawTarget);
    malformed |= path == null || !TOKEN.matcher(method).matches() || !version.startsWith("HTTP/1.");
    FuzzCase.Route route = host != null && !LOOPBACK_HOST.matcher(host.toLowerCase()).matches()
        ? FuzzCase.Route.HOST_REFUSED
        : path != null && path.startsWith("/api/") ? FuzzCase.Route.API : FuzzCase.Route.SITE;
    kinds.add(0, route.name().toLowerCase());
    return new FuzzCase(String.join("+", kinds), wire.toByteArray(), method.equals("HEAD"), route, malformed,
        marker);
  }

  /** Returns the decoded path the JDK matches contexts against, or null where its parser refuses the target. */
  private static String pathAsTheJdkSeesIt(String rawTarget) {
    try {
      String path = new URI(rawTarget).getPath();
      return path != null && path.startsWith("/") ? path : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static String oddTarget(Random random) {
    return new String[] {"*", "http://127.0.0.1/index.html", "127.0.0.1:443", "index.html", "/a b", "/a|b",
        "/a^b", "/{x}", "/a\"b", "/<script>", "/\t", "/%zz", "/%", "/api/secrets/%zz"}[random.nextInt(14)];
  }

  private static String version(Random random) {
    int choice = random.nextInt(100);
    if (choice < 85) {
      return "HTTP/1.1";
    }
    if (choice < 95) {
      return "HTTP/1.0";
    }
    return new String[] {"HTTP/2.0", "HTTP/9.9", "http/1.1", "HTTP/1.1x", "FOO/1.0"}[random.nextInt(5)];
  }

  /** Returns the Host header's value, or null for none (as HTTP/1.0 clients send). */
  private String host(Random random) {
    int choice = random.nextInt(100);
    if (choice < 86) {
      return "127.0.0.1:" + port;
    }
    if (choice < 90) {
      return "localhost:" + port;
    }
    if (choice < 94) {
      return null;
    }
    return new String[] {"attacker.example", "127.0.0.1.attacker.example:" + port, "localhost.evil", "[::2]",
        "127.0.0.1:" + port + "@evil", "%31%32%37.0.0.1"}[random.nextInt(6)];
  }

  /** Adds zero to three extra headers; returns whether one is malformed at the HTTP level. */
  private static boolean addExtraHeaders(Random random, List<String> headers, List<String> kinds) {
    boolean malformed = false;
    for (int i = random.nextInt(4); i > 0; i--) {
      int choice = random.nextInt(20);
      switch (choice) {
        case 0 -> headers.add("Cookie: session=" + "c".repeat(random.nextInt(100)));
        case 1 -> headers.add("Authorization: Bearer " + FuzzIds.base64Url(random, 30));
        case 2 -> headers.add("Expect: 100-continue");
        case 3 -> headers.add("Accept-Encoding: gzip, br");
        case 4 -> headers.add("Range: bytes=0-10");
        case 5 -> headers.add("If-None-Match: *");
        case 6 -> headers.add("Upgrade: h2c");
        case 7 -> headers.add("X-Forwarded-For: 10.0.0.1, 127.0.0.1");
        case 8 -> headers.add("X-Request-Id: x\"},{\"event\":\"forged\"}");
        case 9 -> headers.add("User-Agent: Grüße 🔐");
        case 10 -> {
          headers.add("X-Big: " + "b".repeat(new int[] {8_000, 60_000, 100_000}[random.nextInt(3)]));
          kinds.add("huge-header");
          malformed = true; // past 64 KiB the JDK's parser drops the connection
        }
        case 11 -> {
          for (int n = 0; n < 150; n++) {
            headers.add("X-Many-" + n + ": " + n);
          }
          kinds.add("many-headers");
          malformed = true;
        }
        case 12 -> {
          headers.add(new String[] {"Bad Header: x", "NoColon", ": empty-name", "X\u0000Nul: y", "Ü: umlaut"}
              [random.nextInt(5)]);
          kinds.add("bad-header");
          malformed = true;
        }
        case 13 -> {
          headers.add("X-Folded: first");
          headers.add(" continued");
          kinds.add("folded-header");
          malformed = true;
        }
        default -> headers.add("Accept: */*");
      }
    }
    return malformed;
  }

  /** Adds the framing headers for {@code body} and returns the bytes that follow the head. */
  private static byte[] frame(Random random, byte[] body, List<String> headers, List<String> kinds) {
    int choice = random.nextInt(100);
    if (choice < 80) {
      if (body.length > 0) {
        headers.add("Content-Length: " + body.length);
      }
      return body;
    }
    if (choice < 87) {
      headers.add("Transfer-Encoding: chunked");
      kinds.add("chunked");
      return chunked(random, body);
    }
    if (random.nextInt(10) < 6) {
      // Framing the JDK accepts in the head, so SecureLink itself reads the broken body and must answer.
      kinds.add("bad-body");
      return switch (random.nextInt(3)) {
        case 0 -> withHeader(headers, "Content-Length: " + (body.length + 1 + random.nextInt(1000)), body);
        case 1 -> withHeader(headers, "Content-Length: " + Math.max(0, body.length - 1), body);
        default -> withHeader(headers, "Transfer-Encoding: chunked", badlyChunked(random, body));
      };
    }
    kinds.add("bad-framing");
    return switch (random.nextInt(4)) {
      case 0 -> withHeader(headers, "Content-Length: " + new String[] {"-1", "abc", "1e3", "99999999999999999999",
          " 5", "0x10", ""}[random.nextInt(7)], body);
      case 1 -> {
        headers.add("Content-Length: " + body.length);
        yield withHeader(headers, "Content-Length: " + (body.length + 7), body);
      }
      case 2 -> {
        headers.add("Content-Length: " + body.length);
        yield withHeader(headers, "Transfer-Encoding: chunked", chunked(random, body));
      }
      default -> withHeader(headers, "Transfer-Encoding: " + new String[] {"gzip", "gzip, chunked", "identity",
          "chunked, gzip", "Chunked", "chunked;q=1"}[random.nextInt(6)], chunked(random, body));
    };
  }

  private static byte[] withHeader(List<String> headers, String header, byte[] bytes) {
    headers.add(header);
    return bytes;
  }

  private static byte[] chunked(Random random, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (at < body.length) {
      int size = Math.min(body.length - at, 1 + random.nextInt(64 * 1024));
      out.writeBytes((Integer.toHexString(size) + (random.nextInt(10) == 0 ? ";ext=1" : "") + "\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.write(body, at, size);
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
      at += size;
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private static byte[] badlyChunked(Random random, byte[] body) {
    String[] broken = {"zz\r\nabc\r\n0\r\n\r\n", "5\r\nabc\r\n0\r\n\r\n", "5\r\nhello", "FFFFFFFFFFFFFFFF\r\nx\r\n",
        "-5\r\nhello\r\n0\r\n\r\n", "5\r\nhelloXX0\r\n\r\n", "\r\n\r\n", "3\nabc\n0\n\n",
        "7fffffff\r\n" + "a".repeat(100)};
    if (random.nextBoolean() && body.length > 0) {
      byte[] good = chunked(random, body);
      return Arrays.copyOf(good, good.length - 2 - random.nextInt(Math.min(good.length - 2, 10)));
    }
    return broken[random.nextInt(broken.length)].getBytes(StandardCharsets.US_ASCII);
  }
}

package io.securelink.cli.serve;

import io.securelink.cli.files.Utf8Bytes;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the raw path of a request into the name of a file of the site, or refuses it.
 *
 * <p>The rule is an allow-list, not a search for bad sequences: the path is percent-decoded exactly once (as
 * strict UTF-8), and then every segment must be a plain name of letters, digits, {@code -}, {@code _} and
 * {@code .} that does not start with a dot. That leaves no way to spell {@code ..}, a backslash, a NUL, an empty
 * segment or a hidden file, in any encoding; a doubly encoded {@code %252e} decodes to a name with {@code %} in
 * it and is refused as well.
 */
final class SitePath {

  static final String INDEX = "index.html";

  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");
  private static final int MAX_LENGTH = 512;

  private SitePath() {}

  /** Returns the site-relative file name for a raw request path, or empty when no file may answer it. */
  static Optional<String> resolve(String rawPath) {
    if (rawPath == null || !rawPath.startsWith("/") || rawPath.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    if (rawPath.equals("/")) {
      return Optional.of(INDEX);
    }
    Optional<String> decoded = percentDecode(rawPath.substring(1));
    if (decoded.isEmpty()) {
      return Optional.empty();
    }
    String name = decoded.get();
    for (String segment : name.split("/", -1)) {
      if (!SEGMENT.matcher(segment).matches()) {
        return Optional.empty();
      }
    }
    return MediaTypes.of(name).isPresent() ? Optional.of(name) : Optional.empty();
  }

  /** Decodes {@code %XX} escapes once; empty when an escape is malformed or the bytes are not UTF-8. */
  private static Optional<String> percentDecode(String raw) {
    ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 3);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return Optional.empty();
        }
        int high = Character.digit(raw.charAt(i + 1), 16);
        int low = Character.digit(raw.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return Optional.empty();
        }
        bytes.put((byte) (high << 4 | low));
        i += 2;
      } else if (c < 0x80) {
        bytes.put((byte) c);
      } else {
        // A raw path from HttpExchange is ASCII; anything else is not a name of ours.
        return Optional.empty();
      }
    }
    return Utf8Bytes.decode(bytes.array(), bytes.position());
  }
}

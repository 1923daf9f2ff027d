package io.securelink.cli.files;

import java.nio.charset.StandardCharsets;

/**
 * Turns the name a secret's sender chose into one that is safe to create in the receiver's folder: whatever the
 * sender wrote, the result names a plain file directly inside that folder.
 *
 * <p>Kept: the last path segment only. Dropped: control characters, bidirectional overrides (they can make
 * {@code evil\u202Etxt.exe} look like {@code evilexe.txt}), leading dots (hidden files, {@code .}, {@code ..}),
 * leading dashes (later read as options by {@code rm} and friends) and surrounding spaces. Nothing left gives
 * {@link #FALLBACK}.
 */
public final class SafeFileName {

  /** The name used when nothing of the sender's name survives. */
  public static final String FALLBACK = "securelink-secret";
  /** The longest name most Linux file systems accept, in bytes. */
  static final int MAX_NAME_BYTES = 255;

  private SafeFileName() {}

  /** Returns a safe file name for {@code senderName}; never empty, never a path. */
  public static String of(String senderName) {
    String base = afterLastSeparator(senderName);
    StringBuilder kept = new StringBuilder(base.length());
    base.codePoints().filter(c -> !Character.isISOControl(c) && !isBidiControl(c)).forEach(kept::appendCodePoint);
    String name = stripLeading(kept.toString().strip());
    name = truncateToBytes(name, MAX_NAME_BYTES).strip();
    return name.isEmpty() ? FALLBACK : name;
  }

  private static String afterLastSeparator(String name) {
    int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return name.substring(cut + 1);
  }

  private static String stripLeading(String name) {
    int i = 0;
    while (i < name.length() && (name.charAt(i) == '.' || name.charAt(i) == '-' || Character.isWhitespace(name.charAt(i)))) {
      i++;
    }
    return name.substring(i);
  }

  private static boolean isBidiControl(int c) {
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  }

  /** Returns the longest prefix of whole code points that fits in {@code maxBytes} of UTF-8. */
  private static String truncateToBytes(String name, int maxBytes) {
    int bytes = 0;
    int end = 0;
    while (end < name.length()) {
      int c = name.codePointAt(end);
      int size = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size > maxBytes) {
        break;
      }
      bytes += size;
      end += Character.charCount(c);
    }
    return name.substring(0, end);
  }
}

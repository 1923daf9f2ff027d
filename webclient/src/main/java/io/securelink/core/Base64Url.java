package io.securelink.core;

/**
 * Strict base64url without padding (RFC 4648 §5), FORMAT.md §Base64url.
 *
 * <p>Decoding accepts exactly one spelling per byte string: only the 64 alphabet characters, no {@code =}, no
 * whitespace, no length that leaves a lone character, and zero unused bits in the last character. Our own codec,
 * because TeaVM's {@code java.util.Base64} accepts junk such as {@code ab$d} and pads differently from the JDK.
 */
public final class Base64Url {

  static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  private Base64Url() {}

  /** Returns whether {@code c} is one of the 64 characters of the base64url alphabet. */
  public static boolean isAlphabetChar(char c) {
    return valueOf(c) >= 0;
  }

  /** Returns the unpadded base64url spelling of {@code data}. */
  public static String encode(byte[] data) {
    StringBuilder out = new StringBuilder((data.length * 4 + 2) / 3);
    int i = 0;
    for (; i + 3 <= data.length; i += 3) {
      int group = (data[i] & 0xFF) << 16 | (data[i + 1] & 0xFF) << 8 | (data[i + 2] & 0xFF);
      appendChars(out, group, 4);
    }
    int rest = data.length - i;
    if (rest == 1) {
      appendChars(out, (data[i] & 0xFF) << 16, 2);
    } else if (rest == 2) {
      appendChars(out, (data[i] & 0xFF) << 16 | (data[i + 1] & 0xFF) << 8, 3);
    }
    return out.toString();
  }

  /**
   * Returns the bytes that {@code text} spells.
   *
   * @throws IllegalArgumentException if {@code text} is not canonical unpadded base64url; the message gives the
   *     position, never the text, which may be key material
   */
  public static byte[] decode(String text) {
    int length = text.length();
    if (length % 4 == 1) {
      throw new IllegalArgumentException("Not valid base64url: a length of " + length + " characters is impossible");
    }
    byte[] out = new byte[length * 3 / 4];
    int written = 0;
    int i = 0;
    for (; i + 4 <= length; i += 4) {
      int group = sextet(text, i) << 18 | sextet(text, i + 1) << 12 | sextet(text, i + 2) << 6 | sextet(text, i + 3);
      out[written++] = (byte) (group >>> 16);
      out[written++] = (byte) (group >>> 8);
      out[written++] = (byte) group;
    }
    int rest = length - i;
    if (rest == 2) {
      int group = sextet(text, i) << 18 | sextet(text, i + 1) << 12;
      requireZeroUnusedBits(group & 0xFFFF, length);
      out[written] = (byte) (group >>> 16);
    } else if (rest == 3) {
      int group = sextet(text, i) << 18 | sextet(text, i + 1) << 12 | sextet(text, i + 2) << 6;
      requireZeroUnusedBits(group & 0xFF, length);
      out[written++] = (byte) (group >>> 16);
      out[written] = (byte) (group >>> 8);
    }
    return out;
  }

  private static void appendChars(StringBuilder out, int group, int count) {
    for (int k = 0; k < count; k++) {
      out.append(ALPHABET.charAt((group >>> (18 - 6 * k)) & 0x3F));
    }
  }

  private static int sextet(String text, int index) {
    int value = valueOf(text.charAt(index));
    if (value < 0) {
      throw new IllegalArgumentException(
          "Not valid base64url: the character at position " + index + " is not in the alphabet");
    }
    return value;
  }

  private static void requireZeroUnusedBits(int unusedBits, int length) {
    if (unusedBits != 0) {
      throw new IllegalArgumentException(
          "Not valid base64url: the last character at position " + (length - 1) + " has non-zero unused bits");
    }
  }

  private static int valueOf(char c) {
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
      return c - '0' + 52;
    }
    if (c == '-') {
      return 62;
    }
    if (c == '_') {
      return 63;
    }
    return -1;
  }
}

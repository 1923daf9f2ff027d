package io.securelink.core;

/**
 * Strict UTF-8 (RFC 3629) in both directions, so text survives byte-exact on every platform.
 *
 * <p>The platform charsets replace what they cannot map ({@code ?} for a lone surrogate, U+FFFD for malformed
 * bytes) and so would change a secret silently. Here encoding refuses a string that is not well-formed UTF-16 and
 * decoding refuses overlong forms, surrogates, values above U+10FFFF and truncated sequences.
 */
final class Utf8 {

  private Utf8() {}

  /**
   * Returns the UTF-8 bytes of {@code text}.
   *
   * @throws IllegalArgumentException if {@code text} holds a lone surrogate, which has no UTF-8 form
   */
  static byte[] encode(String text) {
    byte[] out = new byte[encodedLength(text)];
    int written = 0;
    for (int i = 0; i < text.length(); i++) {
      int codePoint = text.charAt(i);
      if (Character.isHighSurrogate((char) codePoint)) {
        codePoint = Character.toCodePoint((char) codePoint, text.charAt(++i));
      }
      if (codePoint < 0x80) {
        out[written++] = (byte) codePoint;
      } else if (codePoint < 0x800) {
        out[written++] = (byte) (0xC0 | codePoint >>> 6);
        out[written++] = (byte) (0x80 | codePoint & 0x3F);
      } else if (codePoint < 0x10000) {
        out[written++] = (byte) (0xE0 | codePoint >>> 12);
        out[written++] = (byte) (0x80 | codePoint >>> 6 & 0x3F);
        out[written++] = (byte) (0x80 | codePoint & 0x3F);
      } else {
        out[written++] = (byte) (0xF0 | codePoint >>> 18);
        out[written++] = (byte) (0x80 | codePoint >>> 12 & 0x3F);
        out[written++] = (byte) (0x80 | codePoint >>> 6 & 0x3F);
        out[written++] = (byte) (0x80 | codePoint & 0x3F);
      }
    }
    return out;
  }

  /**
   * Returns the number of UTF-8 bytes {@code text} encodes to.
   *
   * @throws IllegalArgumentException if {@code text} holds a lone surrogate
   */
  static int encodedLength(String text) {
    int length = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        length += 1;
      } else if (c < 0x800) {
        length += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        length += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(
            "The text holds an unpaired surrogate at position " + i + "; it is not valid Unicode");
      } else {
        length += 3;
      }
    }
    return length;
  }

  /**
   * Returns the text that {@code length} bytes of {@code data} from {@code offset} encode, or {@code null} if they
   * are not well-formed UTF-8 (the caller turns that into its own error, which must not say where).
   */
  static String decodeOrNull(byte[] data, int offset, int length) {
    StringBuilder out = new StringBuilder(length);
    int i = offset;
    int end = offset + length;
    while (i < end) {
      int lead = data[i] & 0xFF;
      if (lead < 0x80) {
        out.append((char) lead);
        i++;
        continue;
      }
      int extra;
      int minimum;
      int codePoint;
      if (lead >= 0xC2 && lead <= 0xDF) {
        extra = 1;
        minimum = 0x80;
        codePoint = lead & 0x1F;
      } else if (lead >= 0xE0 && lead <= 0xEF) {
        extra = 2;
        minimum = 0x800;
        codePoint = lead & 0x0F;
      } else if (lead >= 0xF0 && lead <= 0xF4) {
        extra = 3;
        minimum = 0x10000;
        codePoint = lead & 0x07;
      } else {
        return null;
      }
      if (i + extra >= end) {
        return null;
      }
      for (int k = 1; k <= extra; k++) {
        int continuation = data[i + k] & 0xFF;
        if ((continuation & 0xC0) != 0x80) {
          return null;
        }
        codePoint = codePoint << 6 | continuation & 0x3F;
      }
      if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
        return null;
      }
      if (codePoint >= 0x10000) {
        out.append(Character.highSurrogate(codePoint)).append(Character.lowSurrogate(codePoint));
      } else {
        out.append((char) codePoint);
      }
      i += extra + 1;
    }
    return out.toString();
  }
}

package io.securelink.backend;

import java.util.Base64;

/**
 * Strict unpadded base64url (RFC 4648 section 5), the encoding of every binary value on the wire.
 *
 * <p>Strict means one spelling per byte string: no padding, no whitespace, no other alphabet, and the unused low
 * bits of the last character must be zero. Without the last rule two ids could name the same 16 bytes.
 */
final class Base64Url {

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private Base64Url() {}

  /** Returns the unpadded base64url text of {@code bytes}. */
  static String encode(byte[] bytes) {
    return ENCODER.encodeToString(bytes);
  }

  /** Returns the number of characters that {@code byteCount} bytes encode to. */
  static int encodedLength(int byteCount) {
    return (byteCount / 3) * 4 + new int[] {0, 2, 3}[byteCount % 3];
  }

  /** Returns the decoded bytes, or null when {@code text} is not canonical unpadded base64url. */
  static byte[] decodeStrict(String text) {
    int remainder = text.length() % 4;
    if (remainder == 1) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      if (valueOf(text.charAt(i)) < 0) {
        return null;
      }
    }
    if (remainder != 0) {
      int unusedBitsMask = remainder == 2 ? 0x0f : 0x03;
      if ((valueOf(text.charAt(text.length() - 1)) & unusedBitsMask) != 0) {
        return null;
      }
    }
    return DECODER.decode(text);
  }

  /** Returns the decoded bytes when {@code text} is canonical base64url of exactly {@code byteCount} bytes. */
  static byte[] decodeExact(String text, int byteCount) {
    if (text.length() != encodedLength(byteCount)) {
      return null;
    }
    return decodeStrict(text);
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

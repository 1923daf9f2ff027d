package io.securelink.core;

/** Lower-case hex, the spelling of raw bytes in the vector file; test code, TeaVM-friendly. */
final class Hex {

  private static final String DIGITS = "0123456789abcdef";

  private Hex() {}

  static String encode(byte[] data) {
    StringBuilder out = new StringBuilder(data.length * 2);
    for (byte b : data) {
      out.append(DIGITS.charAt((b >> 4) & 0xF)).append(DIGITS.charAt(b & 0xF));
    }
    return out.toString();
  }

  /** Returns the bytes of lower-case {@code hex}; anything else is an error in the vector file. */
  static byte[] decode(String hex) {
    if (hex.length() % 2 != 0) {
      throw new IllegalArgumentException("Odd-length hex");
    }
    byte[] out = new byte[hex.length() / 2];
    for (int i = 0; i < out.length; i++) {
      int high = DIGITS.indexOf(hex.charAt(2 * i));
      int low = DIGITS.indexOf(hex.charAt(2 * i + 1));
      if (high < 0 || low < 0) {
        throw new IllegalArgumentException("Not lower-case hex at position " + 2 * i);
      }
      out[i] = (byte) (high << 4 | low);
    }
    return out;
  }
}

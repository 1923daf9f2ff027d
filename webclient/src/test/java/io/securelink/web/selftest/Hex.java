package io.securelink.web.selftest;

/** Lower-case hex for test values (java.util.HexFormat is not in TeaVM's class library). */
final class Hex {

  private static final String DIGITS = "0123456789abcdef";

  private Hex() {}

  static byte[] decode(String hex) {
    if (hex.length() % 2 != 0) {
      throw new IllegalArgumentException("odd number of hex digits");
    }
    byte[] bytes = new byte[hex.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (digit(hex.charAt(2 * i)) << 4 | digit(hex.charAt(2 * i + 1)));
    }
    return bytes;
  }

  static String encode(byte[] bytes) {
    StringBuilder hex = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) {
      hex.append(DIGITS.charAt(b >> 4 & 0xf)).append(DIGITS.charAt(b & 0xf));
    }
    return hex.toString();
  }

  private static int digit(char c) {
    int value = DIGITS.indexOf(c);
    if (value < 0) {
      throw new IllegalArgumentException("not a lower-case hex digit: " + c);
    }
    return value;
  }
}

package io.securelink.core;

/**
 * CRC-32 (the IEEE 802.3 / zip polynomial, reflected, initial value and final XOR 0xFFFFFFFF), as FORMAT.md
 * §Link uses it: to recognise a damaged link before any request is made. It is a damage check, not a MAC.
 *
 * <p>Bitwise instead of table-driven: it runs over 32 bytes per link, so a 1 KiB table would buy nothing, and
 * {@code java.util.zip} is not available in the browser build.
 */
final class Crc32 {

  /** The reflected form of the polynomial 0x04C11DB7. */
  static final int POLYNOMIAL_REFLECTED = 0xEDB88320;

  private Crc32() {}

  /** Returns the CRC-32 of {@code data} as an unsigned value in an int. */
  static int of(byte[] data) {
    int crc = 0xFFFFFFFF;
    for (byte b : data) {
      crc ^= b & 0xFF;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc >>> 1) ^ (POLYNOMIAL_REFLECTED & -(crc & 1));
      }
    }
    return ~crc;
  }

  /** Returns the CRC-32 of {@code data} as 4 bytes, most significant first. */
  static byte[] bigEndian(byte[] data) {
    int crc = of(data);
    return new byte[] {(byte) (crc >>> 24), (byte) (crc >>> 16), (byte) (crc >>> 8), (byte) crc};
  }
}

package io.securelink.web.qr;

/**
 * The BCH-protected format and version information words (ISO/IEC 18004 sections 7.9 and 7.10, annexes C
 * and D). This encoder always uses error correction level M, whose two-bit indicator is 00.
 */
final class FormatInformation {

  private static final int LEVEL_M_INDICATOR = 0b00;
  /** BCH(15,5) generator x^10 + x^8 + x^5 + x^4 + x^2 + x + 1. */
  private static final int FORMAT_GENERATOR = 0x537;
  /** XORed onto the format word so that it is never all zeros. */
  private static final int FORMAT_MASK = 0x5412;
  /** BCH(18,6) generator x^12 + x^11 + x^10 + x^9 + x^8 + x^5 + x^2 + 1. */
  private static final int VERSION_GENERATOR = 0x1F25;

  private FormatInformation() {}

  /** Returns the 15 format bits for level M and {@code mask}, bit 14 first in the spec's numbering. */
  static int bits(int mask) {
    if (mask < 0 || mask > 7) {
      throw new IllegalArgumentException("mask pattern out of range: " + mask);
    }
    int data = (LEVEL_M_INDICATOR << 3) | mask;
    return ((data << 10) | bchRemainder(data, 10, FORMAT_GENERATOR)) ^ FORMAT_MASK;
  }

  /** Returns the 18 version information bits of {@code version} (7 to 40). */
  static int versionBits(int version) {
    if (version < 7 || version > 40) {
      throw new IllegalArgumentException("version information exists for versions 7 to 40: " + version);
    }
    return (version << 12) | bchRemainder(version, 12, VERSION_GENERATOR);
  }

  /** Returns data * x^degree modulo the generator, by long division over GF(2). */
  private static int bchRemainder(int data, int degree, int generator) {
    int remainder = data;
    for (int i = 0; i < degree; i++) {
      remainder = (remainder << 1) ^ (((remainder >>> (degree - 1)) & 1) * generator);
    }
    return remainder;
  }
}

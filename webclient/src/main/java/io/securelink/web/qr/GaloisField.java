package io.securelink.web.qr;

/**
 * Arithmetic in GF(2^8) with the QR code's field polynomial x^8 + x^4 + x^3 + x^2 + 1 (0x11D), ISO/IEC 18004
 * section 7.5.2. Elements are ints 0..255; addition is XOR, so only multiplication needs tables.
 */
final class GaloisField {

  private static final int FIELD_POLYNOMIAL = 0x11D;

  /** EXP[i] = alpha^i for i in 0..509, doubled so that EXP[log a + log b] needs no modulo. */
  private static final int[] EXP = new int[510];
  /** LOG[a] = i with alpha^i = a, for a in 1..255; LOG[0] is unused. */
  private static final int[] LOG = new int[256];

  static {
    int value = 1;
    for (int i = 0; i < 255; i++) {
      EXP[i] = value;
      EXP[i + 255] = value;
      LOG[value] = i;
      value <<= 1;
      if (value > 0xFF) {
        value ^= FIELD_POLYNOMIAL;
      }
    }
  }

  private GaloisField() {}

  /** Returns the product of two field elements. */
  static int multiply(int a, int b) {
    if (a == 0 || b == 0) {
      return 0;
    }
    return EXP[LOG[a] + LOG[b]];
  }

  /** Returns alpha raised to {@code exponent}, for exponent in 0..254. */
  static int alphaPower(int exponent) {
    return EXP[exponent];
  }
}

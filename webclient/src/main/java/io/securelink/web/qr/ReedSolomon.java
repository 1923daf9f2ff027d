package io.securelink.web.qr;

/**
 * Reed-Solomon error correction codewords as QR codes use them (ISO/IEC 18004 section 7.5.2): the remainder of
 * the data polynomial times x^n divided by the generator polynomial (x - alpha^0)...(x - alpha^(n-1)).
 */
final class ReedSolomon {

  /** Generator coefficients without the leading 1, highest degree first. */
  private final int[] generator;

  /** Returns an encoder that makes {@code eccLength} error correction codewords per block. */
  ReedSolomon(int eccLength) {
    if (eccLength < 1 || eccLength > 68) {
      throw new IllegalArgumentException("error correction length out of range: " + eccLength);
    }
    // Start from the polynomial 1 and multiply by (x - alpha^i) for each i; minus is XOR in GF(2^8).
    int[] coefficients = new int[eccLength + 1];
    coefficients[0] = 1;
    for (int i = 0; i < eccLength; i++) {
      int root = GaloisField.alphaPower(i);
      for (int j = i + 1; j >= 1; j--) {
        coefficients[j] ^= GaloisField.multiply(coefficients[j - 1], root);
      }
    }
    generator = new int[eccLength];
    System.arraycopy(coefficients, 1, generator, 0, eccLength);
  }

  /** Returns the error correction codewords of one block of data codewords. */
  byte[] remainder(byte[] data, int offset, int length) {
    int[] remainder = new int[generator.length];
    for (int i = 0; i < length; i++) {
      int factor = (data[offset + i] & 0xFF) ^ remainder[0];
      System.arraycopy(remainder, 1, remainder, 0, remainder.length - 1);
      remainder[remainder.length - 1] = 0;
      for (int j = 0; j < generator.length; j++) {
        remainder[j] ^= GaloisField.multiply(generator[j], factor);
      }
    }
    byte[] result = new byte[remainder.length];
    for (int i = 0; i < result.length; i++) {
      result[i] = (byte) remainder[i];
    }
    return result;
  }
}

package io.securelink.web.qr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Checks error correction codewords against published 1-M symbols. */
class ReedSolomonTest {

  /** "01234567" in numeric mode, version 1-M: ISO/IEC 18004 annex I. */
  private static final int[] NUMERIC_DATA = {
    16, 32, 12, 86, 97, 128, 236, 17, 236, 17, 236, 17, 236, 17, 236, 17
  };
  private static final int[] NUMERIC_ECC = {165, 36, 212, 193, 237, 54, 199, 135, 44, 85};

  /** "HELLO WORLD" in alphanumeric mode, version 1-M. */
  private static final int[] HELLO_DATA = {
    32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17
  };
  private static final int[] HELLO_ECC = {196, 35, 39, 119, 235, 215, 231, 226, 93, 23};

  @Test
  void annexVectorGivesTheStandardCodewords() {
    assertArrayEquals(bytes(NUMERIC_ECC), new ReedSolomon(10).remainder(bytes(NUMERIC_DATA), 0, 16));
  }

  @Test
  void helloWorldGivesTheKnownCodewords() {
    assertArrayEquals(bytes(HELLO_ECC), new ReedSolomon(10).remainder(bytes(HELLO_DATA), 0, 16));
  }

  @Test
  void remainderReadsOnlyTheGivenBlock() {
    byte[] padded = new byte[20];
    System.arraycopy(bytes(HELLO_DATA), 0, padded, 3, 16);
    padded[0] = 99;
    padded[19] = 42;
    assertArrayEquals(bytes(HELLO_ECC), new ReedSolomon(10).remainder(padded, 3, 16));
  }

  @Test
  void dataPlusRemainderIsAMultipleOfTheGenerator() {
    // A codeword is valid iff the generator's roots alpha^0..alpha^(n-1) are roots of it.
    byte[] data = "https://example.test/#v1.abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] ecc = new ReedSolomon(26).remainder(data, 0, data.length);
    for (int root = 0; root < 26; root++) {
      int x = GaloisField.alphaPower(root);
      int value = 0;
      for (byte b : data) {
        value = GaloisField.multiply(value, x) ^ (b & 0xFF);
      }
      for (byte b : ecc) {
        value = GaloisField.multiply(value, x) ^ (b & 0xFF);
      }
      assertEquals(0, value, "syndrome " + root);
    }
  }

  private static byte[] bytes(int[] values) {
    byte[] result = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = (byte) values[i];
    }
    return result;
  }
}

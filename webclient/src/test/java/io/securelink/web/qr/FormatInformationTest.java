package io.securelink.web.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Checks the format and version words against the tables of ISO/IEC 18004 annexes C and D. */
class FormatInformationTest {

  /** Table C.1, error correction level M, masks 0 to 7, after the 101010000010010 XOR mask. */
  private static final String[] LEVEL_M_FORMAT_WORDS = {
    "101010000010010", "101000100100101", "101111001111100", "101101101001011",
    "100010111111001", "100000011001110", "100111110010111", "100101010100000"
  };

  /** Table D.1, versions 7 to 10. */
  private static final String[] VERSION_WORDS = {
    "000111110010010100", "001000010110111100", "001001101010011001", "001010010011010011"
  };

  @Test
  void formatWordsMatchTheStandardForEveryMask() {
    for (int mask = 0; mask < 8; mask++) {
      assertEquals(LEVEL_M_FORMAT_WORDS[mask], binary(FormatInformation.bits(mask), 15), "mask " + mask);
    }
  }

  @Test
  void versionWordsMatchTheStandard() {
    for (int version = 7; version <= 10; version++) {
      assertEquals(VERSION_WORDS[version - 7], binary(FormatInformation.versionBits(version), 18));
    }
  }

  @Test
  void outOfRangeArgumentsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> FormatInformation.bits(8));
    assertThrows(IllegalArgumentException.class, () -> FormatInformation.bits(-1));
    assertThrows(IllegalArgumentException.class, () -> FormatInformation.versionBits(6));
  }

  static String binary(int value, int width) {
    StringBuilder text = new StringBuilder();
    for (int i = width - 1; i >= 0; i--) {
      text.append((value >>> i) & 1);
    }
    return text.toString();
  }
}

package io.securelink.web.qr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.DecoderResult;
import com.google.zxing.qrcode.decoder.Decoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Checks whole symbols: structure against the standard, and content through an independent decoder. */
class QrCodeTest {

  private static final String LINK = "https://securelink.example/#v1.AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIj";

  /** Remainder bits left after the last codeword, versions 1 to 10 (table 1). */
  private static final int[] REMAINDER_BITS = {0, 0, 7, 7, 7, 7, 7, 0, 0, 0, 0};

  @Test
  void aLinkDecodesByteExactAtLevelM() throws Exception {
    QrCode code = QrCode.encode(ascii(LINK));
    DecoderResult decoded = decode(code);
    assertEquals(LINK, decoded.getText());
    assertEquals("M", decoded.getECLevel());
    assertEquals(0, decoded.getErrorsCorrected(), "a correct symbol needs no error correction");
    assertEquals(5, code.version());
  }

  @Test
  void everyVersionDecodesAtItsCapacityBoundary() throws Exception {
    for (int number = Version.MIN; number <= Version.MAX; number++) {
      int capacity = Version.of(number).byteCapacity();
      byte[] content = new byte[capacity];
      for (int i = 0; i < capacity; i++) {
        content[i] = (byte) ('!' + (i * 7 + number) % 90);
      }
      QrCode code = QrCode.encode(content);
      assertEquals(number, code.version(), "capacity " + capacity);
      DecoderResult decoded = decode(code);
      assertArrayEquals(content, decoded.getByteSegments().get(0), "version " + number);
      assertEquals(0, decoded.getErrorsCorrected(), "version " + number);
      if (number < Version.MAX) {
        assertEquals(number + 1, QrCode.encode(new byte[capacity + 1]).version());
      }
    }
  }

  @Test
  void capacitiesMatchTheStandard() {
    int[] byteModeCapacityM = {0, 14, 26, 42, 62, 84, 106, 122, 152, 180, 213};
    for (int number = Version.MIN; number <= Version.MAX; number++) {
      assertEquals(byteModeCapacityM[number], Version.of(number).byteCapacity(), "version " + number);
    }
    assertThrows(IllegalArgumentException.class, () -> QrCode.encode(new byte[214]));
  }

  @Test
  void dataModulesHoldExactlyTheCodewordsAndRemainderBits() {
    for (int number = Version.MIN; number <= Version.MAX; number++) {
      Version version = Version.of(number);
      Matrix matrix = new Matrix(version);
      int dataModules = 0;
      for (int row = 0; row < matrix.size(); row++) {
        for (int column = 0; column < matrix.size(); column++) {
          if (!matrix.isFunction(row, column)) {
            dataModules++;
          }
        }
      }
      assertEquals(version.totalCodewords() * 8 + REMAINDER_BITS[number], dataModules, "version " + number);
    }
  }

  @Test
  void bothFormatCopiesCarryTheChosenMask() {
    QrCode code = QrCode.encode(ascii(LINK));
    int size = code.size();
    int expected = FormatInformation.bits(code.mask());
    int nearFinder = 0;
    int split = 0;
    for (int i = 0; i <= 5; i++) {
      nearFinder |= bit(code, i, 8) << i;
    }
    nearFinder |= bit(code, 7, 8) << 6 | bit(code, 8, 8) << 7 | bit(code, 8, 7) << 8;
    for (int i = 9; i < 15; i++) {
      nearFinder |= bit(code, 8, 14 - i) << i;
    }
    for (int i = 0; i < 8; i++) {
      split |= bit(code, 8, size - 1 - i) << i;
    }
    for (int i = 8; i < 15; i++) {
      split |= bit(code, size - 15 + i, 8) << i;
    }
    assertEquals(FormatInformationTest.binary(expected, 15), FormatInformationTest.binary(nearFinder, 15));
    assertEquals(FormatInformationTest.binary(expected, 15), FormatInformationTest.binary(split, 15));
    assertTrue(code.isDark(size - 8, 8), "the dark module");
  }

  @Test
  void finderAndTimingPatternsAreInPlace() {
    QrCode code = QrCode.encode(ascii(LINK));
    int size = code.size();
    int[][] corners = {{0, 0}, {0, size - 7}, {size - 7, 0}};
    for (int[] corner : corners) {
      for (int i = 0; i < 7; i++) {
        assertTrue(code.isDark(corner[0], corner[1] + i), "outer ring top");
        assertTrue(code.isDark(corner[0] + 6, corner[1] + i), "outer ring bottom");
      }
      assertTrue(!code.isDark(corner[0] + 1, corner[1] + 1), "light ring");
      assertTrue(code.isDark(corner[0] + 3, corner[1] + 3), "centre");
    }
    for (int i = 8; i < size - 8; i++) {
      assertEquals(i % 2 == 0, code.isDark(6, i), "horizontal timing " + i);
      assertEquals(i % 2 == 0, code.isDark(i, 6), "vertical timing " + i);
    }
  }

  @Test
  void encodingIsDeterministic() {
    QrCode first = QrCode.encode(ascii(LINK));
    QrCode second = QrCode.encode(ascii(LINK));
    for (int row = 0; row < first.size(); row++) {
      for (int column = 0; column < first.size(); column++) {
        assertEquals(first.isDark(row, column), second.isDark(row, column));
      }
    }
  }

  private static DecoderResult decode(QrCode code) throws Exception {
    BitMatrix bits = new BitMatrix(code.size());
    for (int row = 0; row < code.size(); row++) {
      for (int column = 0; column < code.size(); column++) {
        if (code.isDark(row, column)) {
          bits.set(column, row);
        }
      }
    }
    return new Decoder().decode(bits);
  }

  private static int bit(QrCode code, int row, int column) {
    return code.isDark(row, column) ? 1 : 0;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}

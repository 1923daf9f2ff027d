package io.securelink.web.qr;

/**
 * The module grid of one symbol while it is built: function patterns (section 6.3), the codeword placement
 * (7.7.3), masking (7.8) and the format and version information (7.9, 7.10). Coordinates are (row, column)
 * from the top-left corner.
 */
final class Matrix {

  private final Version version;
  private final int size;
  private final boolean[][] dark;
  private final boolean[][] function;

  /** Returns a grid with every function pattern drawn and the format areas reserved. */
  Matrix(Version version) {
    this.version = version;
    this.size = version.size();
    this.dark = new boolean[size][size];
    this.function = new boolean[size][size];
    drawTimingPatterns();
    drawFinderPattern(0, 0);
    drawFinderPattern(0, size - 7);
    drawFinderPattern(size - 7, 0);
    drawAlignmentPatterns();
    reserveFormatAreas();
    if (version.number() >= 7) {
      drawVersionInformation();
    }
  }

  int size() {
    return size;
  }

  boolean isDark(int row, int column) {
    return dark[row][column];
  }

  boolean isFunction(int row, int column) {
    return function[row][column];
  }

  /** Places codeword bits in the two-column zigzag from the bottom right; leftover modules stay light. */
  void placeCodewords(byte[] codewords) {
    int bitIndex = 0;
    int totalBits = codewords.length * 8;
    for (int right = size - 1; right >= 1; right -= 2) {
      if (right == 6) {
        right = 5; // the vertical timing pattern takes column 6 out of the zigzag
      }
      boolean upward = ((right + 1) & 2) == 0;
      for (int step = 0; step < size; step++) {
        int row = upward ? size - 1 - step : step;
        for (int offset = 0; offset < 2; offset++) {
          int column = right - offset;
          if (function[row][column]) {
            continue;
          }
          if (bitIndex < totalBits) {
            dark[row][column] = ((codewords[bitIndex >>> 3] >>> (7 - (bitIndex & 7))) & 1) != 0;
          }
          bitIndex++;
        }
      }
    }
  }

  /** Flips every non-function module that mask pattern {@code mask} selects; applying it twice undoes it. */
  void applyMask(int mask) {
    for (int row = 0; row < size; row++) {
      for (int column = 0; column < size; column++) {
        if (!function[row][column] && MaskPattern.selects(mask, row, column)) {
          dark[row][column] = !dark[row][column];
        }
      }
    }
  }

  /** Writes both copies of the 15-bit format information for level M and {@code mask}. */
  void drawFormatInformation(int mask) {
    int bits = FormatInformation.bits(mask);
    for (int i = 0; i <= 5; i++) {
      set(i, 8, bit(bits, i));
    }
    set(7, 8, bit(bits, 6));
    set(8, 8, bit(bits, 7));
    set(8, 7, bit(bits, 8));
    for (int i = 9; i < 15; i++) {
      set(8, 14 - i, bit(bits, i));
    }
    for (int i = 0; i < 8; i++) {
      set(8, size - 1 - i, bit(bits, i));
    }
    for (int i = 8; i < 15; i++) {
      set(size - 15 + i, 8, bit(bits, i));
    }
    set(size - 8, 8, true); // the dark module, always dark
  }

  private void drawTimingPatterns() {
    for (int i = 0; i < size; i++) {
      set(6, i, i % 2 == 0);
      set(i, 6, i % 2 == 0);
    }
  }

  /** Draws a 7x7 finder pattern with its light separator, clipped at the symbol's edge. */
  private void drawFinderPattern(int top, int left) {
    for (int dr = -1; dr <= 7; dr++) {
      for (int dc = -1; dc <= 7; dc++) {
        int row = top + dr;
        int column = left + dc;
        if (row < 0 || row >= size || column < 0 || column >= size) {
          continue;
        }
        int ring = Math.max(Math.abs(dr - 3), Math.abs(dc - 3));
        set(row, column, ring != 2 && ring != 4);
      }
    }
  }

  private void drawAlignmentPatterns() {
    int[] centres = version.alignmentCentres();
    int last = centres.length - 1;
    for (int i = 0; i < centres.length; i++) {
      for (int j = 0; j < centres.length; j++) {
        boolean overlapsFinder = (i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0);
        if (!overlapsFinder) {
          drawAlignmentPattern(centres[i], centres[j]);
        }
      }
    }
  }

  private void drawAlignmentPattern(int centreRow, int centreColumn) {
    for (int dr = -2; dr <= 2; dr++) {
      for (int dc = -2; dc <= 2; dc++) {
        set(centreRow + dr, centreColumn + dc, Math.max(Math.abs(dr), Math.abs(dc)) != 1);
      }
    }
  }

  /** Marks the format areas as function modules so that placement skips them; they are written last. */
  private void reserveFormatAreas() {
    drawFormatInformation(0);
  }

  /** Writes the two 6x3 copies of the 18-bit version information (versions 7 and up). */
  private void drawVersionInformation() {
    int bits = FormatInformation.versionBits(version.number());
    for (int i = 0; i < 18; i++) {
      boolean value = bit(bits, i);
      int near = size - 11 + i % 3;
      int far = i / 3;
      set(far, near, value);
      set(near, far, value);
    }
  }

  private void set(int row, int column, boolean isDark) {
    dark[row][column] = isDark;
    function[row][column] = true;
  }

  private static boolean bit(int value, int index) {
    return ((value >>> index) & 1) != 0;
  }
}

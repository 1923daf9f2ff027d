package io.securelink.web.qr;

/** The eight data mask patterns of ISO/IEC 18004 section 7.8.2, table 10. */
final class MaskPattern {

  static final int COUNT = 8;

  private MaskPattern() {}

  /** Returns whether mask {@code mask} flips the module at ({@code row}, {@code column}). */
  static boolean selects(int mask, int row, int column) {
    switch (mask) {
      case 0:
        return (row + column) % 2 == 0;
      case 1:
        return row % 2 == 0;
      case 2:
        return column % 3 == 0;
      case 3:
        return (row + column) % 3 == 0;
      case 4:
        return (row / 2 + column / 3) % 2 == 0;
      case 5:
        return (row * column) % 2 + (row * column) % 3 == 0;
      case 6:
        return ((row * column) % 2 + (row * column) % 3) % 2 == 0;
      case 7:
        return ((row + column) % 2 + (row * column) % 3) % 2 == 0;
      default:
        throw new IllegalArgumentException("mask pattern out of range: " + mask);
    }
  }
}

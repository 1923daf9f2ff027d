package io.securelink.web.qr;

/**
 * An immutable QR code symbol (ISO/IEC 18004) of some bytes: byte mode, error correction level M, the smallest
 * of versions 1 to 10 that fits, and the mask with the lowest penalty. Platform-free, so the page draws it in
 * the browser and the JVM tests check it.
 */
public final class QrCode {

  /** Light modules a reader needs around the symbol (section 6.3.8). */
  public static final int QUIET_ZONE_MODULES = 4;

  private final int version;
  private final int mask;
  private final boolean[][] dark;

  private QrCode(int version, int mask, boolean[][] dark) {
    this.version = version;
    this.mask = mask;
    this.dark = dark;
  }

  /**
   * Returns the symbol of {@code content}.
   *
   * @throws IllegalArgumentException if the content is longer than version 10 holds (213 bytes)
   */
  public static QrCode encode(byte[] content) {
    Version version = Version.smallestFor(content.length);
    byte[] codewords = Codewords.interleaved(Codewords.data(content, version), version);
    Matrix matrix = new Matrix(version);
    matrix.placeCodewords(codewords);
    int bestMask = 0;
    int bestScore = Integer.MAX_VALUE;
    for (int mask = 0; mask < MaskPattern.COUNT; mask++) {
      matrix.applyMask(mask);
      matrix.drawFormatInformation(mask);
      int score = Penalty.score(matrix);
      if (score < bestScore) {
        bestScore = score;
        bestMask = mask;
      }
      matrix.applyMask(mask);
    }
    matrix.applyMask(bestMask);
    matrix.drawFormatInformation(bestMask);
    return new QrCode(version.number(), bestMask, snapshot(matrix));
  }

  /** Returns the symbol version, 1 to 10. */
  public int version() {
    return version;
  }

  /** Returns the mask pattern the encoder chose, 0 to 7. */
  public int mask() {
    return mask;
  }

  /** Returns the width and height in modules, without the quiet zone. */
  public int size() {
    return dark.length;
  }

  /** Returns whether the module at ({@code row}, {@code column}) is dark. */
  public boolean isDark(int row, int column) {
    return dark[row][column];
  }

  private static boolean[][] snapshot(Matrix matrix) {
    boolean[][] modules = new boolean[matrix.size()][matrix.size()];
    for (int row = 0; row < modules.length; row++) {
      for (int column = 0; column < modules.length; column++) {
        modules[row][column] = matrix.isDark(row, column);
      }
    }
    return modules;
  }
}

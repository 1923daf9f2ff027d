package io.securelink.web.qr;

/**
 * The mask evaluation score of ISO/IEC 18004 section 7.8.3: the encoder picks the mask with the lowest score,
 * which keeps scanners from mistaking data for finder patterns or losing track of module widths.
 */
final class Penalty {

  private static final int RUN_BASE = 3;
  private static final int BLOCK = 3;
  private static final int FINDER_LIKE = 40;
  private static final int BALANCE_STEP = 10;
  private static final boolean[] FINDER_THEN_LIGHT = {
    true, false, true, true, true, false, true, false, false, false, false
  };

  private Penalty() {}

  /** Returns the total penalty of the grid as it stands. */
  static int score(Matrix matrix) {
    return runsAndFinderLikes(matrix, true) + runsAndFinderLikes(matrix, false) + blocks(matrix)
        + balance(matrix);
  }

  /** Scores rule 1 (runs of five or more) and rule 3 (1:1:3:1:1 with four light modules) along one axis. */
  private static int runsAndFinderLikes(Matrix matrix, boolean alongRows) {
    int size = matrix.size();
    int score = 0;
    for (int line = 0; line < size; line++) {
      int run = 1;
      for (int i = 1; i <= size; i++) {
        if (i < size && module(matrix, alongRows, line, i) == module(matrix, alongRows, line, i - 1)) {
          run++;
          continue;
        }
        if (run >= 5) {
          score += RUN_BASE + run - 5;
        }
        run = 1;
      }
      for (int start = 0; start + FINDER_THEN_LIGHT.length <= size; start++) {
        if (matches(matrix, alongRows, line, start, false) || matches(matrix, alongRows, line, start, true)) {
          score += FINDER_LIKE;
        }
      }
    }
    return score;
  }

  private static boolean matches(Matrix matrix, boolean alongRows, int line, int start, boolean reversed) {
    int length = FINDER_THEN_LIGHT.length;
    for (int k = 0; k < length; k++) {
      boolean expected = FINDER_THEN_LIGHT[reversed ? length - 1 - k : k];
      if (module(matrix, alongRows, line, start + k) != expected) {
        return false;
      }
    }
    return true;
  }

  /** Scores rule 2: every 2x2 block of one colour. */
  private static int blocks(Matrix matrix) {
    int score = 0;
    for (int row = 0; row + 1 < matrix.size(); row++) {
      for (int column = 0; column + 1 < matrix.size(); column++) {
        boolean colour = matrix.isDark(row, column);
        if (matrix.isDark(row, column + 1) == colour && matrix.isDark(row + 1, column) == colour
            && matrix.isDark(row + 1, column + 1) == colour) {
          score += BLOCK;
        }
      }
    }
    return score;
  }

  /** Scores rule 4: 10 points per full 5% that the share of dark modules deviates from 50%. */
  private static int balance(Matrix matrix) {
    int size = matrix.size();
    int total = size * size;
    int darkCount = 0;
    for (int row = 0; row < size; row++) {
      for (int column = 0; column < size; column++) {
        if (matrix.isDark(row, column)) {
          darkCount++;
        }
      }
    }
    return BALANCE_STEP * (Math.abs(darkCount * 20 - total * 10) / total);
  }

  private static boolean module(Matrix matrix, boolean alongRows, int line, int index) {
    return alongRows ? matrix.isDark(line, index) : matrix.isDark(index, line);
  }
}

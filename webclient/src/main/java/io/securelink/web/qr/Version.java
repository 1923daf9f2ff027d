package io.securelink.web.qr;

/**
 * The symbol versions this encoder supports, 1 to 10, at error correction level M: their size, block structure
 * (ISO/IEC 18004 table 9) and alignment pattern centres (annex E). Version 10 holds 213 bytes, twice a long link.
 */
final class Version {

  static final int MIN = 1;
  static final int MAX = 10;

  /** Error correction codewords per block, level M, by version. */
  private static final int[] ECC_PER_BLOCK = {0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26};
  /** Blocks of the first group and their data codewords, level M, by version. */
  private static final int[] GROUP1_BLOCKS = {0, 1, 1, 1, 2, 2, 4, 4, 2, 3, 4};
  private static final int[] GROUP1_DATA = {0, 16, 28, 44, 32, 43, 27, 31, 38, 36, 43};
  /** Blocks of the second group, each with one data codeword more than the first group's. */
  private static final int[] GROUP2_BLOCKS = {0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 1};
  private static final int[][] ALIGNMENT_CENTRES = {
    {}, {}, {6, 18}, {6, 22}, {6, 26}, {6, 30}, {6, 34},
    {6, 22, 38}, {6, 24, 42}, {6, 26, 46}, {6, 28, 50}
  };

  private final int number;

  private Version(int number) {
    this.number = number;
  }

  /** Returns the version with this number, 1 to 10. */
  static Version of(int number) {
    if (number < MIN || number > MAX) {
      throw new IllegalArgumentException("unsupported QR version: " + number);
    }
    return new Version(number);
  }

  /** Returns the smallest version whose byte mode capacity at level M holds {@code byteCount} bytes. */
  static Version smallestFor(int byteCount) {
    for (int n = MIN; n <= MAX; n++) {
      Version version = new Version(n);
      if (byteCount <= version.byteCapacity()) {
        return version;
      }
    }
    throw new IllegalArgumentException(
        "too long for a QR code of version " + MAX + ": " + byteCount + " bytes");
  }

  int number() {
    return number;
  }

  /** Returns the width and height in modules. */
  int size() {
    return 17 + 4 * number;
  }

  /** Returns the width of the byte mode character count field (section 7.4.1, table 3). */
  int characterCountBits() {
    return number <= 9 ? 8 : 16;
  }

  /** Returns how many bytes byte mode can hold: data bits less the 4-bit mode and the count field. */
  int byteCapacity() {
    return (dataCodewords() * 8 - 4 - characterCountBits()) / 8;
  }

  int eccPerBlock() {
    return ECC_PER_BLOCK[number];
  }

  int blockCount() {
    return GROUP1_BLOCKS[number] + GROUP2_BLOCKS[number];
  }

  /** Returns the data codewords of block {@code index}: the first group's blocks come first. */
  int dataCodewordsInBlock(int index) {
    return index < GROUP1_BLOCKS[number] ? GROUP1_DATA[number] : GROUP1_DATA[number] + 1;
  }

  int dataCodewords() {
    return GROUP1_BLOCKS[number] * GROUP1_DATA[number]
        + GROUP2_BLOCKS[number] * (GROUP1_DATA[number] + 1);
  }

  int totalCodewords() {
    return dataCodewords() + blockCount() * eccPerBlock();
  }

  /** Returns the row and column coordinates of the alignment pattern centres. */
  int[] alignmentCentres() {
    return ALIGNMENT_CENTRES[number].clone();
  }
}

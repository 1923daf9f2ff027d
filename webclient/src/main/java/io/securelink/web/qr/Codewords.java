package io.securelink.web.qr;

/**
 * Turns bytes into the final codeword sequence of a symbol (ISO/IEC 18004 sections 7.4 and 7.6): one byte mode
 * segment, terminator and pad codewords, then per-block Reed-Solomon codewords, data and error correction each
 * interleaved across the blocks.
 */
final class Codewords {

  private static final int BYTE_MODE = 0b0100;
  private static final int[] PAD_BYTES = {0xEC, 0x11};

  private Codewords() {}

  /** Returns the data codewords, padded to the version's capacity. */
  static byte[] data(byte[] content, Version version) {
    if (content.length > version.byteCapacity()) {
      throw new IllegalArgumentException("content does not fit version " + version.number());
    }
    int capacityBits = version.dataCodewords() * 8;
    BitBuffer bits = new BitBuffer(capacityBits);
    bits.append(BYTE_MODE, 4);
    bits.append(content.length, version.characterCountBits());
    for (byte b : content) {
      bits.append(b & 0xFF, 8);
    }
    bits.append(0, Math.min(4, capacityBits - bits.length()));
    bits.append(0, (8 - bits.length() % 8) % 8);
    for (int i = 0; bits.length() < capacityBits; i++) {
      bits.append(PAD_BYTES[i % 2], 8);
    }
    return bits.toBytes();
  }

  /** Returns data and error correction codewords in the order they are placed in the symbol. */
  static byte[] interleaved(byte[] data, Version version) {
    int blocks = version.blockCount();
    int eccLength = version.eccPerBlock();
    ReedSolomon reedSolomon = new ReedSolomon(eccLength);
    int[] blockStart = new int[blocks];
    byte[][] ecc = new byte[blocks][];
    int offset = 0;
    for (int b = 0; b < blocks; b++) {
      blockStart[b] = offset;
      ecc[b] = reedSolomon.remainder(data, offset, version.dataCodewordsInBlock(b));
      offset += version.dataCodewordsInBlock(b);
    }
    byte[] result = new byte[version.totalCodewords()];
    int out = 0;
    int longestBlock = version.dataCodewordsInBlock(blocks - 1);
    for (int i = 0; i < longestBlock; i++) {
      for (int b = 0; b < blocks; b++) {
        if (i < version.dataCodewordsInBlock(b)) {
          result[out++] = data[blockStart[b] + i];
        }
      }
    }
    for (int i = 0; i < eccLength; i++) {
      for (int b = 0; b < blocks; b++) {
        result[out++] = ecc[b][i];
      }
    }
    return result;
  }
}

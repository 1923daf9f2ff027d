package io.securelink.web.selftest;

import io.securelink.core.Crypto;

/**
 * Sanity checks of a binding's random source. They cannot prove randomness; they catch the failures that
 * matter in practice: a buffer left unfilled (crypto.getRandomValues fills at most 65,536 bytes per call) or
 * the same bytes twice.
 */
final class RandomChecks {

  /** More than one crypto.getRandomValues call's worth, so every piece is checked. */
  private static final int LENGTH = 3 * 65536 + 100;
  private static final int PIECE = 65536;

  private RandomChecks() {}

  static void register(CheckRunner checks, Crypto crypto) {
    checks.run("random-zero-length", () -> Expect.isTrue(crypto.randomBytes(0).length == 0, "empty array"));
    checks.runCounted("random-every-piece-filled", () -> {
      byte[] random = crypto.randomBytes(LENGTH);
      Expect.isTrue(random.length == LENGTH, "length " + random.length);
      int pieces = 0;
      for (int start = 0; start < LENGTH; start += PIECE) {
        int end = Math.min(start + PIECE, LENGTH);
        // A filled 100-byte tail has about 0.4 zero bytes; a filled 64 KiB piece about 256.
        Expect.isTrue(zeros(random, start, end) < (end - start) / 16 + 8, "piece at " + start + " is unfilled");
        pieces++;
      }
      return pieces;
    });
    checks.run("random-differs-between-calls", () -> {
      byte[] first = crypto.randomBytes(32);
      byte[] second = crypto.randomBytes(32);
      Expect.isTrue(!Hex.encode(first).equals(Hex.encode(second)), "two 32-byte draws are equal");
    });
  }

  private static int zeros(byte[] bytes, int start, int end) {
    int count = 0;
    for (int i = start; i < end; i++) {
      if (bytes[i] == 0) {
        count++;
      }
    }
    return count;
  }
}

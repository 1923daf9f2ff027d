package io.securelink.web.qr;

/** A fixed-capacity sequence of bits, filled most significant bit first, as QR data streams are. */
final class BitBuffer {

  private final boolean[] bits;
  private int length;

  BitBuffer(int capacity) {
    bits = new boolean[capacity];
  }

  /** Appends the low {@code count} bits of {@code value}, highest first. */
  void append(int value, int count) {
    if (count < 0 || count > 31 || value >>> count != 0) {
      throw new IllegalArgumentException("value does not fit " + count + " bits");
    }
    if (length + count > bits.length) {
      throw new IllegalStateException("bit buffer full");
    }
    for (int i = count - 1; i >= 0; i--) {
      bits[length++] = ((value >>> i) & 1) != 0;
    }
  }

  int length() {
    return length;
  }

  /** Returns the bits packed into bytes; a partial last byte is padded with zeros. */
  byte[] toBytes() {
    byte[] bytes = new byte[(length + 7) / 8];
    for (int i = 0; i < length; i++) {
      if (bits[i]) {
        bytes[i / 8] |= (byte) (0x80 >>> (i % 8));
      }
    }
    return bytes;
  }
}

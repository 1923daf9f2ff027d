package io.securelink.core;

/** Writes the big-endian fields of a payload into an array of known size. */
final class PayloadWriter {

  private final byte[] out;
  private int position;

  PayloadWriter(int size) {
    this.out = new byte[size];
  }

  void u8(int value) {
    out[position++] = (byte) value;
  }

  void u32(int value) {
    u8(value >>> 24);
    u8(value >>> 16);
    u8(value >>> 8);
    u8(value);
  }

  void bytes(byte[] data) {
    System.arraycopy(data, 0, out, position, data.length);
    position += data.length;
  }

  /** Returns the array; every byte must have been written. */
  byte[] toByteArray() {
    if (position != out.length) {
      throw new IllegalStateException("Payload size miscomputed: wrote " + position + " of " + out.length);
    }
    return out;
  }
}

package io.securelink.core;

/**
 * Writes the big-endian fields of a payload into an array of known size, optionally followed by zero padding:
 * writing straight into the padded array saves the content a copy (docs/BENCHMARKS.md, P1).
 */
final class PayloadWriter {

  private final byte[] out;
  private final int payloadLength;
  private int position;

  /** Prepares {@code payloadLength} bytes of fields followed by zeros up to {@code arrayLength}. */
  PayloadWriter(int payloadLength, int arrayLength) {
    if (arrayLength < payloadLength) {
      throw new IllegalArgumentException("The array is shorter than the payload");
    }
    this.out = new byte[arrayLength];
    this.payloadLength = payloadLength;
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
    bytes(data, 0, data.length);
  }

  void bytes(byte[] data, int offset, int length) {
    System.arraycopy(data, offset, out, position, length);
    position += length;
  }

  /** Returns the array; every payload byte must have been written, the rest is zero. */
  byte[] toByteArray() {
    if (position != payloadLength) {
      throw new IllegalStateException("Payload size miscomputed: wrote " + position + " of " + payloadLength);
    }
    return out;
  }
}

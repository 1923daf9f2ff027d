package io.securelink.core;

/**
 * Reads the big-endian fields of a payload; running past the end, or a length over its limit, fails with the
 * generic {@link AuthenticationException} like any other malformed envelope.
 */
final class PayloadReader {

  private final byte[] in;
  private int position;

  PayloadReader(byte[] in) {
    this.in = in;
  }

  int u8() throws AuthenticationException {
    require(1);
    return in[position++] & 0xFF;
  }

  /** Returns a u32 length field, which must be at most {@code max}. */
  int length(int max) throws AuthenticationException {
    require(4);
    long value = (long) (in[position] & 0xFF) << 24 | (in[position + 1] & 0xFF) << 16
        | (in[position + 2] & 0xFF) << 8 | (in[position + 3] & 0xFF);
    position += 4;
    if (value > max) {
      throw OpenFailure.generic();
    }
    return (int) value;
  }

  /** Returns the offset of the next {@code count} bytes and moves past them, for reading them in place. */
  int skip(int count) throws AuthenticationException {
    require(count);
    int offset = position;
    position += count;
    return offset;
  }

  byte[] bytes(int count) throws AuthenticationException {
    require(count);
    byte[] result = Bytes.slice(in, position, count);
    position += count;
    return result;
  }

  private void require(int count) throws AuthenticationException {
    if (count > in.length - position) {
      throw OpenFailure.generic();
    }
  }
}

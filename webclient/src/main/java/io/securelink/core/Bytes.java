package io.securelink.core;

/** Byte-array helpers for key material: concatenation and comparison that takes the same time for any content. */
final class Bytes {

  private Bytes() {}

  /** Returns {@code a} followed by {@code b} in a new array. */
  static byte[] concat(byte[] a, byte[] b) {
    byte[] result = new byte[a.length + b.length];
    System.arraycopy(a, 0, result, 0, a.length);
    System.arraycopy(b, 0, result, a.length, b.length);
    return result;
  }

  /** Returns {@code length} bytes of {@code source} from {@code offset} in a new array. */
  static byte[] slice(byte[] source, int offset, int length) {
    byte[] result = new byte[length];
    System.arraycopy(source, offset, result, 0, length);
    return result;
  }

  /**
   * Returns whether {@code a} and {@code b} hold the same bytes, looking at every byte whatever the first
   * difference, so the time taken does not reveal where two secrets differ. Only the lengths may leak.
   */
  static boolean constantTimeEquals(byte[] a, byte[] b) {
    if (a.length != b.length) {
      return false;
    }
    int difference = 0;
    for (int i = 0; i < a.length; i++) {
      difference |= a[i] ^ b[i];
    }
    return difference == 0;
  }
}

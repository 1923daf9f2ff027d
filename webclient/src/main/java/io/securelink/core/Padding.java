package io.securelink.core;

/**
 * Size buckets, FORMAT.md §Padding: the payload is followed by zero bytes up to the smallest bucket that holds
 * it, so the envelope's size tells the server only a coarse size class.
 *
 * <p>Buckets are 1024 · 2^k bytes from {@value #MIN_PADDED} to {@value #MAX_DOUBLING_BUCKET}, then
 * {@link #MAX_PADDED}, the largest plaintext an envelope can carry. Opening is strict: only the canonical
 * padding of a payload is accepted.
 */
final class Padding {

  static final int MIN_PADDED = 1024;
  static final int MAX_DOUBLING_BUCKET = 2 * 1024 * 1024;
  /** {@link Envelope#MAX_BYTES} less the version byte, the nonce and the tag. */
  static final int MAX_PADDED = Envelope.MAX_BYTES - Envelope.OVERHEAD_BYTES;

  private Padding() {}

  /**
   * Returns the bucket for a payload of {@code payloadLength} bytes.
   *
   * @throws IllegalArgumentException if it exceeds {@link #MAX_PADDED}
   */
  static int paddedLength(int payloadLength) {
    if (payloadLength > MAX_PADDED) {
      throw new IllegalArgumentException(
          "The payload is " + payloadLength + " bytes, more than an envelope holds (" + MAX_PADDED + ")");
    }
    int bucket = MIN_PADDED;
    while (bucket < payloadLength && bucket < MAX_DOUBLING_BUCKET) {
      bucket *= 2;
    }
    return bucket >= payloadLength ? bucket : MAX_PADDED;
  }

  /** Returns whether {@code length} is one of the buckets. */
  static boolean isBucket(int length) {
    if (length == MAX_PADDED) {
      return true;
    }
    for (int bucket = MIN_PADDED; bucket <= MAX_DOUBLING_BUCKET; bucket *= 2) {
      if (length == bucket) {
        return true;
      }
    }
    return false;
  }

  /** Returns {@code payload} followed by zero bytes up to its bucket. */
  static byte[] pad(byte[] payload) {
    byte[] padded = new byte[paddedLength(payload.length)];
    System.arraycopy(payload, 0, padded, 0, payload.length);
    return padded;
  }

  /**
   * Checks that {@code padded} is the canonical padding of its first {@code payloadLength} bytes.
   *
   * @throws AuthenticationException if the length is not that payload's bucket or a padding byte is not zero
   */
  static void requireCanonical(byte[] padded, int payloadLength) throws AuthenticationException {
    if (payloadLength > padded.length || padded.length != paddedLength(payloadLength)) {
      throw OpenFailure.generic();
    }
    int nonZero = 0;
    for (int i = payloadLength; i < padded.length; i++) {
      nonZero |= padded[i];
    }
    if (nonZero != 0) {
      throw OpenFailure.generic();
    }
  }
}

package io.securelink.backend;

import java.time.Duration;

/**
 * The bounds the API enforces: how long a secret may live, how large its ciphertext may be, and how many wrong
 * proofs a passphrase-protected secret survives.
 *
 * @param minTtl the shortest {@code expiresIn} a create may ask for
 * @param maxTtl the longest {@code expiresIn} a create may ask for
 * @param maxCiphertextBytes the largest ciphertext, in bytes after base64url decoding
 */
public record Limits(Duration minTtl, Duration maxTtl, int maxCiphertextBytes) {

  /**
   * The client's envelope limit (the webclient's {@code Envelope.MAX_BYTES}): 4 MiB of content plus at most
   * 1 KiB of envelope. Base64url-encoded inside JSON it stays below Lambda's 6 MB request payload.
   */
  public static final int MAX_CIPHERTEXT_BYTES = 4 * 1024 * 1024 + 1024;

  public static final Duration DEFAULT_MIN_TTL = Duration.ofSeconds(60);
  public static final Duration DEFAULT_MAX_TTL = Duration.ofDays(30);

  /**
   * Wrong proofs a passphrase-protected secret survives: the tenth wrong proof destroys it. A secret without a
   * passphrase has a 256-bit proof, which cannot be guessed, so it is never counted (counting would let anyone who
   * saw its id burn it).
   */
  public static final int MAX_WRONG_PROOFS = 10;

  /** Room for the JSON around the base64url ciphertext of a create request. */
  private static final int JSON_OVERHEAD_CHARS = 1024;

  public Limits {
    if (minTtl.isNegative() || minTtl.isZero() || maxTtl.compareTo(minTtl) < 0) {
      throw new IllegalArgumentException("TTL bounds must satisfy 0 < min <= max");
    }
    if (maxCiphertextBytes < 1 || maxCiphertextBytes > MAX_CIPHERTEXT_BYTES) {
      throw new IllegalArgumentException(
          "maxCiphertextBytes must be between 1 and " + MAX_CIPHERTEXT_BYTES + " (Lambda's payload limit)");
    }
  }

  /** Returns the limits of the documented contract. */
  public static Limits defaults() {
    return new Limits(DEFAULT_MIN_TTL, DEFAULT_MAX_TTL, MAX_CIPHERTEXT_BYTES);
  }

  /** Returns the longest request body accepted before parsing: a maximal create request, encoded. */
  public int maxBodyChars() {
    return Base64Url.encodedLength(maxCiphertextBytes) + JSON_OVERHEAD_CHARS;
  }
}

package io.securelink.core;

/**
 * The stored bytes of a secret (what the API calls {@code ciphertext}), FORMAT.md §Envelope:
 *
 * <pre>
 * 0x01 (FORMAT_VERSION) | 12-byte random nonce | AES-256-GCM(K, nonce, padded payload, aad) | 16-byte tag
 * aad = 0x01 | 16 id bytes
 * </pre>
 *
 * <p>The associated data binds the version and the secret's id, so a server that hands out another secret's
 * envelope, or an envelope of another format version, is detected.
 */
public final class Envelope {

  /** The largest envelope: 4 MiB + 1 KiB. The backend keeps its own copy of this number. */
  public static final int MAX_BYTES = 4 * 1024 * 1024 + 1024;
  static final byte FORMAT_VERSION = 0x01;
  static final int NONCE_BYTES = 12;
  static final int TAG_BYTES = 16;
  static final int OVERHEAD_BYTES = 1 + NONCE_BYTES + TAG_BYTES;
  /** The smallest envelope: the smallest bucket plus the overhead. */
  public static final int MIN_BYTES = Padding.MIN_PADDED + OVERHEAD_BYTES;

  private Envelope() {}

  /** Returns the associated data for a secret: the format version followed by its id bytes. */
  static byte[] associatedData(byte[] idBytes) {
    return Bytes.concat(new byte[] {FORMAT_VERSION}, idBytes);
  }

  /** Returns the envelope of {@code padded} under a fresh random nonce. */
  static byte[] seal(Crypto crypto, byte[] aesKey, byte[] idBytes, byte[] padded) {
    return insecureSealWithNonce(crypto, aesKey, idBytes, crypto.randomBytes(NONCE_BYTES), padded);
  }

  /** Returns the envelope under a given nonce: only for vectors, a reused nonce breaks AES-GCM. */
  static byte[] insecureSealWithNonce(Crypto crypto, byte[] aesKey, byte[] idBytes, byte[] nonce, byte[] padded) {
    if (nonce.length != NONCE_BYTES) {
      throw new IllegalArgumentException("An envelope nonce has " + NONCE_BYTES + " bytes");
    }
    byte[] sealed = crypto.insecureAesGcmSealWithNonce(aesKey, nonce, padded, associatedData(idBytes));
    byte[] envelope = new byte[1 + NONCE_BYTES + sealed.length];
    envelope[0] = FORMAT_VERSION;
    System.arraycopy(nonce, 0, envelope, 1, NONCE_BYTES);
    System.arraycopy(sealed, 0, envelope, 1 + NONCE_BYTES, sealed.length);
    return envelope;
  }

  /**
   * Returns the padded payload inside {@code envelope}; its bucket is checked, the padding bytes are not.
   *
   * @throws AuthenticationException if the size, version, key, id or any byte is wrong
   */
  static byte[] open(Crypto crypto, byte[] aesKey, byte[] idBytes, byte[] envelope) throws AuthenticationException {
    if (envelope.length < MIN_BYTES || envelope.length > MAX_BYTES
        || !Padding.isBucket(envelope.length - OVERHEAD_BYTES) || envelope[0] != FORMAT_VERSION) {
      throw OpenFailure.generic();
    }
    byte[] nonce = Bytes.slice(envelope, 1, NONCE_BYTES);
    try {
      return crypto.aesGcmOpen(
          aesKey, nonce, envelope, 1 + NONCE_BYTES, envelope.length - 1 - NONCE_BYTES, associatedData(idBytes));
    } catch (AuthenticationException bindingFailure) {
      // Each binding words a bad tag its own way; callers see one message.
      throw OpenFailure.generic();
    }
  }
}

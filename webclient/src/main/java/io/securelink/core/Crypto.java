package io.securelink.core;

/**
 * The cryptographic primitives SecureLink needs, and the only interface a platform implements.
 *
 * <p>Two bindings exist: {@code io.securelink.core.jce.JceCrypto} on the JVM and
 * {@code io.securelink.web.crypto.WebCrypto} in the browser. Everything else in {@code io.securelink.core}
 * is platform-free Java built on these methods. The methods are synchronous; the browser binding suspends on
 * WebCrypto promises, so in the browser they must be called from a TeaVM thread, never from a DOM event
 * listener directly.
 *
 * <p>This is a low-level interface: callers outside {@code io.securelink.core} use {@link SecretCodec}, which
 * picks nonces and salts itself.
 */
public interface Crypto {

  /** Returns {@code length} bytes from a cryptographically secure random source. */
  byte[] randomBytes(int length);

  /** Returns the SHA-256 digest of {@code data}. */
  byte[] sha256(byte[] data);

  /** Returns {@code length} bytes of HKDF-SHA256 (RFC 5869) output; an empty salt means 32 zero bytes. */
  byte[] hkdfSha256(byte[] ikm, byte[] salt, byte[] info, int length);

  /** Returns {@code length} bytes of PBKDF2 with HMAC-SHA256 (RFC 8018). */
  byte[] pbkdf2Sha256(byte[] password, byte[] salt, int iterations, int length);

  /**
   * Returns AES-256-GCM ciphertext followed by the 16-byte tag. The caller must never reuse a nonce with the
   * same key; only {@link Envelope} calls this, with a fresh random nonce.
   */
  byte[] insecureAesGcmSealWithNonce(byte[] key, byte[] nonce, byte[] plaintext, byte[] associatedData);

  /**
   * Returns the plaintext of AES-256-GCM {@code ciphertextAndTag}.
   *
   * @throws AuthenticationException if the tag does not verify (wrong key, nonce, associated data or bytes)
   */
  default byte[] aesGcmOpen(byte[] key, byte[] nonce, byte[] ciphertextAndTag, byte[] associatedData)
      throws AuthenticationException {
    return aesGcmOpen(key, nonce, ciphertextAndTag, 0, ciphertextAndTag.length, associatedData);
  }

  /**
   * Returns the plaintext of the AES-256-GCM ciphertext and tag that are {@code length} bytes of {@code input}
   * from {@code offset}; it lets {@link Envelope} decrypt in place instead of copying up to 4 MiB out first.
   *
   * @throws AuthenticationException if the tag does not verify (wrong key, nonce, associated data or bytes)
   * @throws IndexOutOfBoundsException if the range is not inside {@code input}
   */
  byte[] aesGcmOpen(byte[] key, byte[] nonce, byte[] input, int offset, int length, byte[] associatedData)
      throws AuthenticationException;
}

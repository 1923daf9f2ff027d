package io.securelink.core;

/**
 * Seals and opens secrets: the one entry point the page and the CLI use. It picks every secret and nonce itself.
 *
 * <p>Sender: {@link #seal} gives the link for the recipient and what to upload. Recipient:
 * {@link LinkKey#parse}, then {@link #secretId} to check the status, {@link #keys} once the passphrase (if any)
 * is typed, the proof to reveal, and {@link #open} on the envelope the server returns.
 */
public final class SecretCodec {

  private final Crypto crypto;
  private final KeyDerivation derivation;

  public SecretCodec(Crypto crypto) {
    if (crypto == null) {
      throw new NullPointerException("crypto");
    }
    this.crypto = crypto;
    this.derivation = new KeyDerivation(crypto);
  }

  /**
   * Returns {@code payload} sealed under a new random link secret; a non-empty passphrase is then needed too.
   *
   * @throws IllegalArgumentException if the passphrase holds a lone surrogate
   */
  public Sealed seal(Payload payload, String passphraseOrNull) {
    return insecureSealWithKeyAndNonce(
        LinkKey.generate(crypto), crypto.randomBytes(Envelope.NONCE_BYTES), payload, passphraseOrNull);
  }

  /** Returns the secret's id, which needs no passphrase (and so runs no PBKDF2). */
  public String secretId(LinkKey key) {
    return Base64Url.encode(derivation.idBytes(key.secret()));
  }

  /**
   * Returns the keys to reveal and open the secret behind {@code key}; with a passphrase this runs PBKDF2 (slow).
   *
   * @throws IllegalArgumentException if the passphrase holds a lone surrogate
   */
  public Keys keys(LinkKey key, String passphraseOrNull) {
    byte[] secret = key.secret();
    byte[] master = derivation.master(secret, passphraseOrNull);
    byte[] proof = derivation.proof(master);
    byte[] linkProof = derivation.linkProof(secret);
    return new Keys(derivation.idBytes(secret), derivation.aesKey(master), proof, proofHash(proof), linkProof,
        proofHash(linkProof));
  }

  /**
   * Returns the payload inside {@code envelope}.
   *
   * @throws AuthenticationException if the envelope does not belong to these keys or was changed in any way
   */
  public Payload open(Keys keys, byte[] envelope) throws AuthenticationException {
    byte[] padded = Envelope.open(crypto, keys.aesKey(), keys.idBytes(), envelope);
    Payload payload = Payload.decodeFrom(padded);
    Padding.requireCanonical(padded, payload.encodedLength());
    return payload;
  }

  /** Returns a secret sealed with a chosen key and nonce: only for vectors, a reused nonce breaks AES-GCM. */
  Sealed insecureSealWithKeyAndNonce(LinkKey key, byte[] nonce, Payload payload, String passphraseOrNull) {
    Keys keys = keys(key, passphraseOrNull);
    byte[] envelope = Envelope.insecureSealWithNonce(
        crypto, keys.aesKey(), keys.idBytes(), nonce, payload.encodePadded());
    return Sealed.owning(key, keys.id(), envelope, keys.proofHash(), keys.linkProofHash(),
        KeyDerivation.isPassphrase(passphraseOrNull));
  }

  /** Returns base64url(SHA-256(proof)), the value the server stores and compares; the same for the link proof. */
  String proofHash(byte[] proof) {
    return Base64Url.encode(crypto.sha256(proof));
  }
}

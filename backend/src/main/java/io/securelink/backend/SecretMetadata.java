package io.securelink.backend;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What a secret's S3 object carries besides its ciphertext, as user metadata ({@code x-amz-meta-*}): enough to
 * answer a status request and to check a proof from a HeadObject, without downloading the ciphertext.
 */
final class SecretMetadata {

  static final String EXPIRES_AT = "expires-at";
  static final String PASSPHRASE = "passphrase";
  static final String PROOF_HASH = "proof-hash";

  private final Instant expiresAt;
  private final boolean passphrase;
  private final byte[] proofHash;

  SecretMetadata(Instant expiresAt, boolean passphrase, byte[] proofHash) {
    this.expiresAt = expiresAt;
    this.passphrase = passphrase;
    this.proofHash = proofHash.clone();
  }

  /** Returns the metadata of {@code secret}. */
  static SecretMetadata of(NewSecret secret) {
    return new SecretMetadata(secret.expiresAt(), secret.passphrase(), secret.proofHash());
  }

  /** Returns the metadata S3 returned, or empty when it is not ours (missing or malformed fields). */
  static Optional<SecretMetadata> fromS3(Map<String, String> metadata) {
    String expiresAt = metadata.get(EXPIRES_AT);
    String passphrase = metadata.get(PASSPHRASE);
    byte[] proofHash = metadata.containsKey(PROOF_HASH)
        ? Base64Url.decodeExact(metadata.get(PROOF_HASH), Proofs.PROOF_BYTES)
        : null;
    if (expiresAt == null || !expiresAt.matches("[0-9]{1,12}") || proofHash == null
        || !("true".equals(passphrase) || "false".equals(passphrase))) {
      return Optional.empty();
    }
    return Optional.of(
        new SecretMetadata(Instant.ofEpochSecond(Long.parseLong(expiresAt)), Boolean.parseBoolean(passphrase), proofHash));
  }

  /** Returns the user metadata to store. */
  Map<String, String> toS3() {
    return Map.of(
        EXPIRES_AT, Long.toString(expiresAt.getEpochSecond()),
        PASSPHRASE, Boolean.toString(passphrase),
        PROOF_HASH, Base64Url.encode(proofHash));
  }

  Instant expiresAt() {
    return expiresAt;
  }

  boolean passphrase() {
    return passphrase;
  }

  /** Returns whether the secret is past its expiry at {@code now}. */
  boolean expiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  /** Returns whether {@code proof} hashes to the stored proof hash (constant time). */
  boolean acceptsProof(byte[] proof) {
    return Proofs.matches(proof, proofHash);
  }

  /**
   * Returns whether {@code other} protects the secret the same way. Expiry is left out: a client that retries a
   * create asks again later, and gets the expiry the first request applied.
   */
  boolean protectsLike(SecretMetadata other) {
    return passphrase == other.passphrase && MessageDigest.isEqual(proofHash, other.proofHash);
  }
}

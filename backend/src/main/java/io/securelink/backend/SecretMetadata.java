package io.securelink.backend;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a secret's S3 object carries besides its ciphertext, as user metadata ({@code x-amz-meta-*}): enough to
 * answer a status request and to check both proofs from a HeadObject, without downloading the ciphertext.
 */
final class SecretMetadata {

  static final String EXPIRES_AT = "expires-at";
  static final String PASSPHRASE = "passphrase";
  static final String PROOF_HASH = "proof-hash";
  /** Optional: secrets created before the link proof existed, or by a client that sent none, lack it. */
  static final String LINK_PROOF_HASH = "link-proof-hash";

  private final Instant expiresAt;
  private final boolean passphrase;
  private final byte[] proofHash;
  /** Null when the secret has no link proof hash. */
  private final byte[] linkProofHash;

  SecretMetadata(Instant expiresAt, boolean passphrase, byte[] proofHash, byte[] linkProofHash) {
    this.expiresAt = expiresAt;
    this.passphrase = passphrase;
    this.proofHash = proofHash.clone();
    this.linkProofHash = linkProofHash == null ? null : linkProofHash.clone();
  }

  /** Returns the metadata of {@code secret}. */
  static SecretMetadata of(NewSecret secret) {
    return new SecretMetadata(secret.expiresAt(), secret.passphrase(), secret.proofHash(), secret.linkProofHash());
  }

  /** Returns the metadata S3 returned, or empty when it is not ours (missing or malformed fields). */
  static Optional<SecretMetadata> fromS3(Map<String, String> metadata) {
    String expiresAt = metadata.get(EXPIRES_AT);
    String passphrase = metadata.get(PASSPHRASE);
    byte[] proofHash = hash(metadata, PROOF_HASH);
    boolean hasLinkProofHash = metadata.containsKey(LINK_PROOF_HASH);
    byte[] linkProofHash = hasLinkProofHash ? hash(metadata, LINK_PROOF_HASH) : null;
    if (expiresAt == null || !expiresAt.matches("[0-9]{1,12}") || proofHash == null
        || (hasLinkProofHash && linkProofHash == null)
        || !("true".equals(passphrase) || "false".equals(passphrase))) {
      return Optional.empty();
    }
    return Optional.of(new SecretMetadata(Instant.ofEpochSecond(Long.parseLong(expiresAt)),
        Boolean.parseBoolean(passphrase), proofHash, linkProofHash));
  }

  /** Returns the user metadata to store. */
  Map<String, String> toS3() {
    Map<String, String> metadata = new HashMap<>();
    metadata.put(EXPIRES_AT, Long.toString(expiresAt.getEpochSecond()));
    metadata.put(PASSPHRASE, Boolean.toString(passphrase));
    metadata.put(PROOF_HASH, Base64Url.encode(proofHash));
    if (linkProofHash != null) {
      metadata.put(LINK_PROOF_HASH, Base64Url.encode(linkProofHash));
    }
    return Map.copyOf(metadata);
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

  /**
   * Returns whether {@code linkProof} (null: none presented) shows the caller holds the link: it hashes to the
   * stored link proof hash (constant time), or the secret has none, in which case any link proof is ignored.
   */
  boolean acceptsLinkProof(byte[] linkProof) {
    if (linkProofHash == null) {
      return true;
    }
    return linkProof != null && Proofs.matches(linkProof, linkProofHash);
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
    return passphrase == other.passphrase && MessageDigest.isEqual(proofHash, other.proofHash)
        && sameLinkProofHash(other);
  }

  private boolean sameLinkProofHash(SecretMetadata other) {
    if (linkProofHash == null || other.linkProofHash == null) {
      return linkProofHash == other.linkProofHash;
    }
    return MessageDigest.isEqual(linkProofHash, other.linkProofHash);
  }

  private static byte[] hash(Map<String, String> metadata, String name) {
    String text = metadata.get(name);
    return text == null ? null : Base64Url.decodeExact(text, Proofs.PROOF_BYTES);
  }
}

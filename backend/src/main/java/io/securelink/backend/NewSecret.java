package io.securelink.backend;

import java.time.Instant;

/**
 * A secret as a create request delivers it: already validated, opaque to the server.
 *
 * @param id the client-derived id (16 bytes, base64url)
 * @param ciphertext the envelope; never logged, never printed
 * @param expiresAt when the secret stops being revealable
 * @param passphrase whether the proof depends on a passphrase (and so is counted on failure)
 * @param proofHash SHA-256 of the reveal proof
 * @param linkProofHash SHA-256 of the link proof, or null when the client sent none (then any caller's proof is
 *     checked, and for a passphrase secret counted, without first asking for the link)
 */
public record NewSecret(String id, byte[] ciphertext, Instant expiresAt, boolean passphrase, byte[] proofHash,
    byte[] linkProofHash) {

  public NewSecret {
    ciphertext = ciphertext.clone();
    proofHash = proofHash.clone();
    linkProofHash = linkProofHash == null ? null : linkProofHash.clone();
  }

  @Override
  public byte[] ciphertext() {
    return ciphertext.clone();
  }

  @Override
  public byte[] proofHash() {
    return proofHash.clone();
  }

  /** Returns a copy of the link proof hash, or null when the secret has none. */
  @Override
  public byte[] linkProofHash() {
    return linkProofHash == null ? null : linkProofHash.clone();
  }

  /** Returns the id and sizes only: the ciphertext stays out of logs and exception messages. */
  @Override
  public String toString() {
    return "NewSecret[id=" + id + ", " + ciphertext.length + " bytes, expiresAt=" + expiresAt + "]";
  }
}

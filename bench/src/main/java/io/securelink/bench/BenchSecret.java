package io.securelink.bench;

import java.util.Base64;
import java.util.List;

/**
 * One secret as a client uploads and reveals it: id, proof, proof hash, link proof, link proof hash and envelope,
 * all base64url as on the wire. Plain JDK code, because the cold-start JVMs load it beside the Lambda's classes
 * only.
 */
public record BenchSecret(
    String id, String proof, String proofHash, String linkProof, String linkProofHash, String ciphertext) {

  /** Returns the secret in the six lines {@link #lines()} wrote. */
  public static BenchSecret parse(List<String> lines) {
    if (lines.size() != 6) {
      throw new IllegalArgumentException("a benchmark secret is 6 lines, got " + lines.size());
    }
    return new BenchSecret(lines.get(0), lines.get(1), lines.get(2), lines.get(3), lines.get(4), lines.get(5));
  }

  /** Returns id, proof, proof hash, link proof, link proof hash and ciphertext, one a line. */
  public List<String> lines() {
    return List.of(id, proof, proofHash, linkProof, linkProofHash, ciphertext);
  }

  /** Returns the envelope's bytes. */
  public byte[] ciphertextBytes() {
    return Base64.getUrlDecoder().decode(ciphertext);
  }

  /** Returns the JSON body of {@code POST /api/secrets} for this secret, without a passphrase. */
  public String createBody(long expiresInSeconds) {
    return "{\"id\":\"" + id + "\",\"ciphertext\":\"" + ciphertext + "\",\"expiresIn\":" + expiresInSeconds
        + ",\"passphrase\":false,\"proofHash\":\"" + proofHash + "\",\"linkProofHash\":\"" + linkProofHash + "\"}";
  }

  /** Returns the JSON body of {@code POST /api/secrets/{id}/reveal}. */
  public String revealBody() {
    return "{\"proof\":\"" + proof + "\",\"linkProof\":\"" + linkProof + "\"}";
  }

  /** Never the proofs or the content: this is a secret, even in a benchmark. */
  @Override
  public String toString() {
    return "BenchSecret[id=" + id + ", " + ciphertext.length() + " base64url chars]";
  }
}

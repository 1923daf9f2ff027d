package io.securelink.core;

/**
 * What a recipient derives from a link (and its passphrase, if set) to reveal and open a secret: the id to ask
 * for, the two proofs to show (the link proof, from the link alone, and the reveal proof, which needs the
 * passphrase too), and the AES key, which never leaves this object.
 *
 * <p>Key material is copied in and out; {@link #toString} is redacted and there is no {@code equals}.
 */
public final class Keys {

  private final byte[] idBytes;
  private final byte[] aesKey;
  private final byte[] proof;
  private final String proofHash;
  private final byte[] linkProof;
  private final String linkProofHash;

  Keys(byte[] idBytes, byte[] aesKey, byte[] proof, String proofHash, byte[] linkProof, String linkProofHash) {
    this.idBytes = idBytes.clone();
    this.aesKey = aesKey.clone();
    this.proof = proof.clone();
    this.proofHash = proofHash;
    this.linkProof = linkProof.clone();
    this.linkProofHash = linkProofHash;
  }

  /** Returns the secret's id: 22 base64url characters. */
  public String id() {
    return Base64Url.encode(idBytes);
  }

  /** Returns the reveal proof the server checks against its stored hash: 43 base64url characters. */
  public String proof() {
    return Base64Url.encode(proof);
  }

  /** Returns the SHA-256 of the proof, as stored by the server: 43 base64url characters. */
  public String proofHash() {
    return proofHash;
  }

  /** Returns the link proof, which shows the server the caller holds the link: 43 base64url characters. */
  public String linkProof() {
    return Base64Url.encode(linkProof);
  }

  /** Returns the SHA-256 of the link proof, as stored by the server: 43 base64url characters. */
  public String linkProofHash() {
    return linkProofHash;
  }

  byte[] idBytes() {
    return idBytes.clone();
  }

  byte[] aesKey() {
    return aesKey.clone();
  }

  /** Returns a fixed text: keys must not end up in logs. */
  @Override
  public String toString() {
    return "Keys[redacted]";
  }
}

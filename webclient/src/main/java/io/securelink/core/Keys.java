package io.securelink.core;

/**
 * What a recipient derives from a link (and its passphrase, if set) to reveal and open a secret: the id to ask
 * for, the proof to show, and the AES key, which never leaves this object.
 *
 * <p>Key material is copied in and out; {@link #toString} is redacted and there is no {@code equals}.
 */
public final class Keys {

  private final byte[] idBytes;
  private final byte[] aesKey;
  private final byte[] proof;
  private final String proofHash;

  Keys(byte[] idBytes, byte[] aesKey, byte[] proof, String proofHash) {
    this.idBytes = idBytes.clone();
    this.aesKey = aesKey.clone();
    this.proof = proof.clone();
    this.proofHash = proofHash;
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

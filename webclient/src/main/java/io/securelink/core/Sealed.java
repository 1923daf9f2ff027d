package io.securelink.core;

/**
 * A freshly sealed secret: what the sender uploads (id, envelope, proof hash, link proof hash) and what only the
 * recipient gets (the link, which carries the key).
 */
public final class Sealed {

  private final LinkKey key;
  private final String id;
  private final byte[] envelope;
  private final String proofHash;
  private final String linkProofHash;
  private final boolean hasPassphrase;

  private Sealed(LinkKey key, String id, byte[] envelope, String proofHash, String linkProofHash,
      boolean hasPassphrase) {
    this.key = key;
    this.id = id;
    this.envelope = envelope;
    this.proofHash = proofHash;
    this.linkProofHash = linkProofHash;
    this.hasPassphrase = hasPassphrase;
  }

  /**
   * Returns a sealed secret that keeps {@code envelope} itself rather than a copy (it can be 4 MiB): only for
   * {@link SecretCodec}, whose envelope is freshly made and referenced nowhere else.
   */
  static Sealed owning(LinkKey key, String id, byte[] envelope, String proofHash, String linkProofHash,
      boolean hasPassphrase) {
    return new Sealed(key, id, envelope, proofHash, linkProofHash, hasPassphrase);
  }

  /** Returns the link key; it goes only into the link, never to the server. */
  public LinkKey key() {
    return key;
  }

  /** Returns the secret's id: 22 base64url characters. */
  public String id() {
    return id;
  }

  /** Returns a copy of the envelope (the API's {@code ciphertext}). */
  public byte[] envelope() {
    return envelope.clone();
  }

  /** Returns the SHA-256 of the reveal proof, which the server stores: 43 base64url characters. */
  public String proofHash() {
    return proofHash;
  }

  /** Returns the SHA-256 of the link proof, which the server stores: 43 base64url characters. */
  public String linkProofHash() {
    return linkProofHash;
  }

  /** Returns whether the recipient needs a passphrase besides the link. */
  public boolean hasPassphrase() {
    return hasPassphrase;
  }

  /** Returns the link to send: {@code origin + "/#" + fragment}; see {@link LinkKey#link}. */
  public String link(String origin) {
    return key.link(origin);
  }

  /** Returns the id only: the key must not end up in logs. */
  @Override
  public String toString() {
    return "Sealed[id=" + id + ", key redacted]";
  }
}

package io.securelink.backend;

/**
 * What a reveal or revoke request presents: the reveal {@code proof} (which may depend on a passphrase) and the
 * {@code linkProof}, which depends on the link's secret alone and so shows the caller holds the link.
 *
 * @param proof the 32-byte reveal proof
 * @param linkProof the 32-byte link proof, or null when the request carried none
 */
public record PresentedProofs(byte[] proof, byte[] linkProof) {

  public PresentedProofs {
    proof = proof.clone();
    linkProof = linkProof == null ? null : linkProof.clone();
  }

  @Override
  public byte[] proof() {
    return proof.clone();
  }

  /** Returns a copy of the link proof, or null when the request carried none. */
  @Override
  public byte[] linkProof() {
    return linkProof == null ? null : linkProof.clone();
  }

  /** Returns whether a link proof was presented; the proofs themselves stay out of logs and messages. */
  @Override
  public String toString() {
    return "PresentedProofs[linkProof " + (linkProof == null ? "absent" : "present") + "]";
  }
}

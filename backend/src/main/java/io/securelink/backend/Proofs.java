package io.securelink.backend;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Checks a reveal proof against the stored SHA-256 of the right one. */
final class Proofs {

  /** Bytes of a proof and of its hash. */
  static final int PROOF_BYTES = 32;

  private Proofs() {}

  /** Returns whether SHA-256({@code proof}) equals {@code expectedHash}, in time independent of where they differ. */
  static boolean matches(byte[] proof, byte[] expectedHash) {
    return MessageDigest.isEqual(sha256(proof), expectedHash);
  }

  /** Returns SHA-256 of {@code bytes}. */
  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}

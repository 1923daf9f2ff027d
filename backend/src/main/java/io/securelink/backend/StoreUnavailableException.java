package io.securelink.backend;

/**
 * The store could not be asked or did not answer clearly. Distinct from not-found, which is a definite answer:
 * the caller says "try again later" and the secret, if acknowledged, is still there.
 */
public final class StoreUnavailableException extends Exception {

  /** Names the operation only; messages never carry keys' contents, proofs or ciphertext. */
  public StoreUnavailableException(String operation, Throwable cause) {
    super(cause == null ? operation + " failed" : operation + " failed: " + cause.getClass().getSimpleName(), cause);
  }
}

package io.securelink.backend;

import java.util.OptionalInt;

/** The answer to a request that presents a proof: {@link SecretStore#reveal} or {@link SecretStore#revoke}. */
public sealed interface Outcome {

  /** The proof was right and the secret is now deleted; these are its bytes, handed out this one time. */
  record Revealed(byte[] ciphertext) implements Outcome {

    @Override
    public String toString() {
      return "Revealed[" + ciphertext.length + " bytes]";
    }
  }

  /** The proof was right and the secret is deleted unread. */
  record Revoked() implements Outcome {}

  /**
   * A proof was wrong and the secret is unchanged, or destroyed when {@code attemptsLeft} reached zero. Empty
   * when nothing was counted: the secret has no passphrase and so no guessing limit, or the link proof was
   * missing or wrong (the caller does not hold the link).
   */
  record WrongProof(OptionalInt attemptsLeft) implements Outcome {}

  /** No live secret has this id: never created, expired, revealed, revoked or destroyed. */
  record NotFound() implements Outcome {}
}

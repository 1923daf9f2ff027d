package io.securelink.backend;

import java.time.Instant;
import java.util.Optional;

/**
 * Where ciphertext waits for its one reader.
 *
 * <p>Semantics every implementation keeps:
 *
 * <ul>
 *   <li>A secret is created once. Creating it again with identical content (a retry) succeeds and answers what
 *       the first create applied; different content under the same id is refused.
 *   <li>Every read checks expiry against {@code now}; an expired secret is deleted and reads as absent.
 *   <li>{@link #status} never consumes anything.
 *   <li>{@link #reveal} hands the ciphertext out at most once, and only to a caller with the right proofs; a wrong
 *       proof leaves the secret in place (until the guessing limit of a passphrase-protected secret).
 *   <li>A secret stored with a link proof hash answers a missing or wrong link proof with
 *       {@link Outcome.WrongProof} without attempts left and counts nothing: that caller does not hold the link,
 *       so it must not spend the guessing limit. Only then is the proof checked (and, if wrong, counted).
 *   <li>Absent, expired, revealed, revoked and destroyed are one answer: {@link Outcome.NotFound}.
 *   <li>{@link StoreUnavailableException} means the store could not be asked; nothing was revealed and an
 *       acknowledged secret was not lost.
 * </ul>
 */
public interface SecretStore {

  /** Stores {@code secret} unless its id holds different content. */
  CreateOutcome create(NewSecret secret, Instant now) throws StoreUnavailableException;

  /** Returns the public facts of a live secret, or empty when there is none. */
  Optional<SecretStatus> status(String id, Instant now) throws StoreUnavailableException;

  /** Returns the ciphertext exactly once to a holder of the proofs, deleting the secret. */
  Outcome reveal(String id, PresentedProofs proofs, Instant now) throws StoreUnavailableException;

  /** Deletes the secret unread for a holder of the proofs. */
  Outcome revoke(String id, PresentedProofs proofs, Instant now) throws StoreUnavailableException;
}

package io.securelink.cli.client;

/**
 * A request the server did not fulfil, typed only where the caller must branch: gone versus wrong proof versus
 * unreachable. The message is for people; it never holds a proof, a key or content.
 */
public final class ApiFailure extends Exception {

  /** What went wrong, as far as the caller has to act on it. */
  public enum Kind {
    /** 404 {@code not_found}: never made, expired, revealed, revoked or destroyed. */
    GONE,
    /** 403 {@code wrong_proof}: the passphrase was wrong; see {@link #attemptsLeft}. */
    WRONG_PROOF,
    /** Unreachable, timed out, 503 {@code store_unavailable}, or an answer that is not SecureLink's API. */
    UNAVAILABLE,
    /** Any other answer: the request was refused; the server's fixed message says why. */
    REFUSED
  }

  /** {@link #attemptsLeft} when the server did not say (secrets without a passphrase are not counted). */
  public static final int UNKNOWN_ATTEMPTS = -1;

  private final Kind kind;
  private final int attemptsLeft;

  ApiFailure(Kind kind, String message, int attemptsLeft, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.attemptsLeft = attemptsLeft;
  }

  ApiFailure(Kind kind, String message) {
    this(kind, message, UNKNOWN_ATTEMPTS, null);
  }

  public Kind kind() {
    return kind;
  }

  /** Returns how many wrong passphrases the server still accepts, 0 if it just destroyed the secret, or -1. */
  public int attemptsLeft() {
    return attemptsLeft;
  }
}

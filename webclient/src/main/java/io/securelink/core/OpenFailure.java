package io.securelink.core;

/**
 * The one failure that opening reports, whatever went wrong: a bad tag, a wrong length, bad padding or a
 * malformed payload. Saying which would help an attacker probing with altered envelopes, and tell a user nothing.
 */
final class OpenFailure {

  static final String MESSAGE =
      "This secret cannot be opened: the key does not fit or the stored data was changed.";

  private OpenFailure() {}

  /** Returns a new exception with the generic message. */
  static AuthenticationException generic() {
    return new AuthenticationException(MESSAGE);
  }
}

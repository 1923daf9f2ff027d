package io.securelink.cli;

import io.securelink.cli.client.ApiFailure;

/** Turns what the API answered into the exit code and the one line a person reads. */
final class ApiFailures {

  private ApiFailures() {}

  /** Returns the command failure for {@code failure}; a wrong passphrase says how many tries remain. */
  static CommandFailedException toCommandFailure(ApiFailure failure) {
    return switch (failure.kind()) {
      case GONE -> new CommandFailedException(ExitCodes.GONE, failure.getMessage(), failure);
      case WRONG_PROOF -> wrongPassphrase(failure);
      case UNAVAILABLE -> new CommandFailedException(ExitCodes.UNAVAILABLE, failure.getMessage(), failure);
      case REFUSED -> new CommandFailedException(ExitCodes.INTERNAL_ERROR,
          failure.getMessage() + "; this CLI and the server may be of different versions", failure);
    };
  }

  private static CommandFailedException wrongPassphrase(ApiFailure failure) {
    int left = failure.attemptsLeft();
    if (left == 0) {
      return new CommandFailedException(ExitCodes.GONE,
          "the passphrase is wrong and that was the last try allowed: the secret has been deleted", failure);
    }
    String tries = left == 1 ? ", but only 1 more try is allowed"
        : left > 1 ? "; " + left + " more tries are allowed" : "";
    return new CommandFailedException(ExitCodes.WRONG_PASSPHRASE,
        "the passphrase is wrong; the secret is still there" + tries + ": run the command again with the right one",
        failure);
  }
}

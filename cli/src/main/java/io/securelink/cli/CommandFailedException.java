package io.securelink.cli;

/**
 * A failure a subcommand reports as one line on stderr and a specific exit code.
 *
 * <p>The message is shown to the user as it is: it must say what went wrong and what to do, and it must never
 * contain a secret, a key, a proof or a passphrase.
 */
public class CommandFailedException extends Exception {

  private final int exitCode;

  public CommandFailedException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public CommandFailedException(int exitCode, String message) {
    this(exitCode, message, null);
  }

  /** Returns the exit code the command ends with; one of {@link ExitCodes}. */
  public int exitCode() {
    return exitCode;
  }
}

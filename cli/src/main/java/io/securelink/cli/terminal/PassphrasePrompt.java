package io.securelink.cli.terminal;

import java.io.IOException;

/** Asks a person for a passphrase without showing what is typed. */
public interface PassphrasePrompt {

  /**
   * Returns the line typed after {@code question}, without its line break.
   *
   * @throws NoTerminalException if there is no terminal to ask on
   * @throws IOException if the terminal could not be read, or closed before a line was typed
   */
  String ask(String question) throws IOException;

  /** Thrown when no person can be asked: no console and no controlling terminal. */
  final class NoTerminalException extends IOException {
    public NoTerminalException(Throwable cause) {
      super("there is no terminal to ask for the passphrase", cause);
    }
  }
}

package io.securelink.cli;

import io.securelink.cli.files.Utf8Bytes;
import io.securelink.cli.terminal.PassphrasePrompt;
import io.securelink.cli.terminal.PassphrasePrompt.NoTerminalException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where a passphrase comes from: a file or the terminal, never the command line, where it would land in the
 * shell history and in {@code ps}. A picocli argument group: at most one of the two options.
 */
final class PassphraseOptions {

  /** The largest passphrase file read; a passphrase is a line, not a document. */
  static final int MAX_FILE_BYTES = 4096;

  @Option(names = "--passphrase-file", paramLabel = "FILE",
      description = "Read the passphrase from FILE (UTF-8; one trailing line break is not part of it).")
  Path file;

  @Option(names = "--passphrase-prompt",
      description = "Ask for the passphrase on the terminal, without echo.")
  boolean prompt;

  /**
   * Returns the passphrase the options name, asking twice when {@code confirm} (the sender must not lock the
   * secret with a typo).
   *
   * @throws CommandFailedException if the file cannot be read, the passphrase is empty, the two typings differ,
   *     or there is no terminal to ask on ({@code noTerminalExitCode})
   */
  String read(PassphrasePrompt terminal, boolean confirm, int noTerminalExitCode) throws CommandFailedException {
    return file != null ? fromFile(file) : ask(terminal, confirm, noTerminalExitCode);
  }

  static String ask(PassphrasePrompt terminal, boolean confirm, int noTerminalExitCode)
      throws CommandFailedException {
    try {
      String passphrase = nonEmpty(terminal.ask("Passphrase: "), "the typed passphrase is empty: type one");
      if (confirm && !passphrase.equals(terminal.ask("Passphrase again: "))) {
        throw new CommandFailedException(ExitCodes.INPUT_REFUSED,
            "the two passphrases differ; nothing was uploaded: run the command again");
      }
      return passphrase;
    } catch (NoTerminalException e) {
      throw new CommandFailedException(noTerminalExitCode,
          "there is no terminal to ask for the passphrase: give it with --passphrase-file FILE", e);
    } catch (IOException e) {
      throw new CommandFailedException(ExitCodes.INPUT_REFUSED,
          "the passphrase could not be read from the terminal: " + e.getMessage(), e);
    }
  }

  /** Returns the file's text without one trailing LF or CR LF, so {@code echo pass > file} works as expected. */
  static String fromFile(Path file) throws CommandFailedException {
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new CommandFailedException(ExitCodes.INPUT_REFUSED,
            "the passphrase file " + file + " is larger than " + MAX_FILE_BYTES + " bytes: put only the passphrase in it");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new CommandFailedException(ExitCodes.INPUT_REFUSED,
          "cannot read the passphrase file " + file + " (" + e.getClass().getSimpleName() + "): check the path", e);
    }
    int length = bytes.length;
    if (length > 0 && bytes[length - 1] == '\n') {
      length--;
      if (length > 0 && bytes[length - 1] == '\r') {
        length--;
      }
    }
    String passphrase = Utf8Bytes.decode(bytes, length).orElseThrow(() -> new CommandFailedException(
        ExitCodes.INPUT_REFUSED, "the passphrase file " + file + " is not UTF-8 text: save it as UTF-8"));
    return nonEmpty(passphrase, "the passphrase file " + file + " is empty: write the passphrase into it");
  }

  private static String nonEmpty(String passphrase, String message) throws CommandFailedException {
    if (passphrase.isEmpty()) {
      throw new CommandFailedException(ExitCodes.INPUT_REFUSED, message);
    }
    return passphrase;
  }
}

package io.securelink.cli.terminal;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The byte streams and terminal facts a client command works with. Revealed text goes to {@link #stdout} as raw
 * bytes, never through a character writer whose charset depends on the locale; messages go to picocli's
 * stderr writer.
 *
 * @param stdin where a secret or a link is read from when not given otherwise
 * @param stdout where revealed text is written, byte for byte
 * @param prompt how a passphrase is asked for
 * @param stdinIsTerminal whether a person types the standard input
 * @param stderrIsTerminal whether a person watches stderr, so a progress bar may be drawn
 */
public record ConsoleIo(InputStream stdin, OutputStream stdout, PassphrasePrompt prompt, boolean stdinIsTerminal,
    boolean stderrIsTerminal) {

  /** Returns the process's own streams and terminal. */
  public static ConsoleIo system() {
    return new ConsoleIo(new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out),
        new TerminalPrompt(), TerminalCheck.isTerminal(TerminalCheck.STDIN),
        TerminalCheck.isTerminal(TerminalCheck.STDERR));
  }
}

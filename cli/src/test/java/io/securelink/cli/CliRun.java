package io.securelink.cli;

import io.securelink.cli.terminal.ConsoleIo;
import io.securelink.cli.terminal.PassphrasePrompt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Runs {@code securelink} in this JVM, as {@code main} would, with the given standard input and no terminal
 * (as in CI): any passphrase prompt meets "no terminal". Public so the browser interop tests can use it.
 *
 * @param exitCode what the process would exit with
 * @param stdout the raw bytes written to standard output (revealed text)
 * @param out what picocli's writer printed on standard output (the link, a status line, help)
 * @param err what was printed on standard error
 */
public record CliRun(int exitCode, byte[] stdout, String out, String err) {

  /** Runs {@code args} with an empty standard input. */
  public static CliRun run(String... args) {
    return withStdin(new byte[0], args);
  }

  /** Runs {@code args} with {@code stdin} as standard input. */
  public static CliRun withStdin(byte[] stdin, String... args) {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ConsoleIo io = new ConsoleIo(new ByteArrayInputStream(stdin), stdout, CliRun::noTerminal, false, false);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = SecureLinkCommand.newCommandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    for (CommandLine subcommand : commandLine.getSubcommands().values()) {
      if (subcommand.getCommand() instanceof ClientCommand client) {
        client.useIo(io);
      }
    }
    int exitCode = commandLine.execute(args);
    return new CliRun(exitCode, stdout.toByteArray(), out.toString(), err.toString());
  }

  /** Returns the link {@code send} printed: its only line on stdout. */
  public String link() {
    return out.strip();
  }

  /** Returns the revealed text, decoded from the raw stdout bytes. */
  public String stdoutText() {
    return new String(stdout, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "exit " + exitCode + ", stderr: " + err;
  }

  private static String noTerminal(String question) throws PassphrasePrompt.NoTerminalException {
    throw new PassphrasePrompt.NoTerminalException(null);
  }
}

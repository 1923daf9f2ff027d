package io.securelink.cli;

import io.securelink.cli.client.ApiFailure;
import io.securelink.cli.client.SecretsApi;
import io.securelink.cli.client.ServerAddress;
import io.securelink.cli.terminal.ProgressBar;
import io.securelink.core.Payload;
import io.securelink.core.Sealed;
import java.nio.file.Path;
import java.time.Instant;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code securelink send}: encrypts a text or file here, with the page's code, uploads only the ciphertext, and
 * prints the link alone on stdout (so it composes in pipes) and the expiry on stderr.
 */
@Command(
    name = "send",
    mixinStandardHelpOptions = true,
    description = {
      "Encrypts a secret on this machine and prints a link that opens it once.",
      "The secret is TEXT, the content of --file, or standard input when neither is given"
          + " (pass show x | securelink send)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the link is printed",
      "1:internal error",
      "2:bad usage (unknown option, --expires out of 60s..30d)",
      "7:server unreachable or its store unavailable; nothing was shared",
      "8:nothing to share, too large (over 4 MiB), unreadable input or passphrase"
    })
final class SendCommand extends ClientCommand {

  @Parameters(index = "0", arity = "0..1", paramLabel = "TEXT",
      description = "The text to share. Prefer standard input: an argument lands in the shell history.")
  String text;

  @Option(names = "--file", paramLabel = "FILE", description = "Share this file, under its name (up to 4 MiB).")
  Path file;

  @Option(names = "--expires", paramLabel = "DURATION", defaultValue = "1d", converter = ExpiresIn.class,
      description = "How long the link works: 5m, 1h, 1d, 7d, 30d or any Ns/Nm/Nh/Nd from 60s to 30d."
          + " Default: ${DEFAULT-VALUE}.")
  long expiresInSeconds;

  @ArgGroup(exclusive = true)
  PassphraseOptions passphrase;

  @Override
  public Integer call() throws CommandFailedException, InterruptedException {
    if (text != null && file != null) {
      throw new ParameterException(spec.commandLine(), "give either TEXT or --file, not both");
    }
    ServerAddress address = serverOption();
    Payload payload = readPayload();
    String passphraseOrNull = passphrase == null
        ? null : passphrase.read(io().prompt(), true, ExitCodes.INPUT_REFUSED);
    warnIfPlainHttp(address);
    Sealed sealed = codec.seal(payload, passphraseOrNull);
    ProgressBar progress = ProgressBar.onStderr(err(), "uploading", io().stderrIsTerminal());
    Instant expiresAt;
    try {
      expiresAt = new SecretsApi(address).create(sealed, expiresInSeconds, progress);
    } catch (ApiFailure e) {
      throw ApiFailures.toCommandFailure(e);
    } finally {
      progress.finish();
    }
    spec.commandLine().getOut().println(sealed.link(address.origin()));
    spec.commandLine().getOut().flush();
    note("the link opens the secret once, until " + expiresAt + " (" + ExpiresIn.describe(expiresInSeconds) + ")"
        + (sealed.hasPassphrase() ? "; send the passphrase another way" : ""));
    return ExitCodes.OK;
  }

  private Payload readPayload() throws CommandFailedException {
    if (file != null) {
      return SecretInput.fromFile(file);
    }
    if (text != null) {
      return SecretInput.fromArgument(text);
    }
    if (io().stdinIsTerminal()) {
      note("reading the secret from standard input; end it with Ctrl-D");
    }
    return SecretInput.fromStdin(io().stdin());
  }
}

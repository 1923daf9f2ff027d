package io.securelink.cli;

import io.securelink.cli.client.SecretStatus;
import picocli.CommandLine.Command;

/** {@code securelink status}: whether a link still opens its secret. Never consumes it or counts as a try. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Says whether the secret behind a link is still there, until when, and if it needs a passphrase."
        + " Never consumes it.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the secret is there (one line on stdout)",
      "2:bad usage",
      "4:gone: already viewed, revoked or expired",
      "6:damaged link",
      "7:server unreachable or its store unavailable"
    })
final class StatusCommand extends LinkCommand {

  @Override
  public Integer call() throws CommandFailedException, InterruptedException {
    SecretStatus status = linkedSecret().status();
    spec.commandLine().getOut().println("available until " + status.expiresAt()
        + (status.passphrase() ? ", needs a passphrase" : ", no passphrase"));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}

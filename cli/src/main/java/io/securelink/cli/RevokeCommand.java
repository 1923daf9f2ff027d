package io.securelink.cli;

import io.securelink.cli.client.ApiFailure;
import io.securelink.core.Keys;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;

/**
 * {@code securelink revoke}: deletes a secret unread. The server demands the link's proof, so only a holder of
 * the link (and of the passphrase, if set) can revoke it.
 */
@Command(
    name = "revoke",
    mixinStandardHelpOptions = true,
    description = "Deletes the secret behind a link unread; the link then opens nothing.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:revoked",
      "2:bad usage",
      "4:gone: already viewed, revoked or expired",
      "5:wrong or missing passphrase; the secret is still there",
      "6:damaged link",
      "7:server unreachable or its store unavailable"
    })
final class RevokeCommand extends LinkCommand {

  @ArgGroup(exclusive = true)
  PassphraseOptions passphrase;

  @Override
  public Integer call() throws CommandFailedException, InterruptedException {
    LinkedSecret secret = linkedSecret();
    Keys keys = keys(secret, secret.status(), passphrase);
    try {
      secret.api().revoke(keys);
    } catch (ApiFailure e) {
      throw ApiFailures.toCommandFailure(e);
    }
    note("revoked: the link no longer opens anything");
    return ExitCodes.OK;
  }
}

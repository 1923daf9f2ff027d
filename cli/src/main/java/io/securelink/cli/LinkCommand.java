package io.securelink.cli;

import io.securelink.cli.client.SecretStatus;
import io.securelink.cli.files.BoundedInput;
import io.securelink.cli.files.Utf8Bytes;
import io.securelink.core.Keys;
import java.io.IOException;
import picocli.CommandLine.Parameters;

/**
 * A command about an existing secret, named by its link: {@code open}, {@code status} and {@code revoke}. The
 * link may come from standard input ({@code -}), which keeps it out of the shell history.
 */
abstract class LinkCommand extends ClientCommand {

  /** A link is about 80 characters; this is room for a long origin and what chat clients append. */
  private static final int MAX_LINK_BYTES = 4096;

  @Parameters(index = "0", paramLabel = "LINK",
      description = "The link, or - to read it from standard input (keeps it out of the shell history).")
  String link;

  /** Returns the secret the link names; makes no request. */
  LinkedSecret linkedSecret() throws CommandFailedException {
    LinkedSecret secret = LinkedSecret.parse(codec, "-".equals(link) ? linkFromStdin() : link, serverOption());
    warnIfPlainHttp(secret.server());
    return secret;
  }

  /**
   * Returns the keys to reveal or revoke the secret, with the passphrase its status asks for.
   *
   * @param passphrase the passphrase options given, or null for none (then a terminal is asked, if any)
   */
  Keys keys(LinkedSecret secret, SecretStatus status, PassphraseOptions passphrase) throws CommandFailedException {
    if (!status.passphrase()) {
      if (passphrase != null) {
        note("this secret has no passphrase, so the one given is not used");
      }
      return secret.keys(null);
    }
    if (passphrase == null) {
      note("the sender protected this secret with a passphrase");
    }
    String typed = passphrase != null
        ? passphrase.read(io().prompt(), false, ExitCodes.WRONG_PASSPHRASE)
        : PassphraseOptions.ask(io().prompt(), false, ExitCodes.WRONG_PASSPHRASE);
    return secret.keys(typed);
  }

  private String linkFromStdin() throws CommandFailedException {
    try {
      byte[] bytes = BoundedInput.readAtMostOneMoreThan(io().stdin(), MAX_LINK_BYTES);
      String text = Utf8Bytes.decode(bytes, Math.min(bytes.length, MAX_LINK_BYTES)).orElse("");
      int end = text.indexOf('\n');
      return end < 0 ? text : text.substring(0, end);
    } catch (IOException e) {
      throw new CommandFailedException(ExitCodes.INPUT_REFUSED, "cannot read the link from standard input", e);
    }
  }
}

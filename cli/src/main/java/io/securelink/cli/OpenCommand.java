package io.securelink.cli;

import io.securelink.cli.client.ApiFailure;
import io.securelink.cli.client.SecretStatus;
import io.securelink.cli.files.FileSaver;
import io.securelink.cli.files.SafeFileName;
import io.securelink.cli.terminal.ProgressBar;
import io.securelink.core.AuthenticationException;
import io.securelink.core.Keys;
import io.securelink.core.Payload;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code securelink open}: checks the link's status, reveals the secret once, decrypts it here, and writes a
 * text to stdout byte for byte, or a file under its (sanitized) name. Everything that can be refused is refused
 * before the reveal, because after it the secret exists only in this process.
 */
@Command(
    name = "open",
    mixinStandardHelpOptions = true,
    description = {
      "Reveals the secret behind a link, once, and decrypts it on this machine.",
      "A text goes to standard output exactly as sent (no newline added); a file is saved under its name in"
          + " the current folder (or in --out), never replacing an existing file unless --force is given:"
          + " a taken name gets a number, like report (1).pdf."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:revealed and written",
      "1:internal error (for example the disk refused the write)",
      "2:bad usage",
      "4:gone: already viewed, revoked or expired (or destroyed by wrong passphrases)",
      "5:wrong or missing passphrase; the secret is still there",
      "6:damaged link, or the revealed data does not fit the link",
      "7:server unreachable or its store unavailable; nothing was revealed",
      "8:--out exists (add --force) or is not in an existing folder; nothing was revealed"
    })
final class OpenCommand extends LinkCommand {

  @Option(names = "--out", paramLabel = "PATH",
      description = "Write the secret to this file, or into this folder under its own name.")
  Path out;

  @Option(names = "--force", description = "Replace an existing file instead of choosing a numbered name.")
  boolean force;

  @ArgGroup(exclusive = true)
  PassphraseOptions passphrase;

  @Override
  public Integer call() throws CommandFailedException, InterruptedException {
    LinkedSecret secret = linkedSecret();
    checkOutBeforeReveal();
    SecretStatus status = secret.status();
    Keys keys = keys(secret, status, passphrase);
    Payload payload = open(keys, reveal(secret, keys));
    try {
      deliver(payload);
    } catch (IOException e) {
      throw new CommandFailedException(ExitCodes.INTERNAL_ERROR, "the secret was revealed but could not be written ("
          + e.getClass().getSimpleName() + ": " + e.getMessage() + "); it is gone from the server", e);
    }
    return ExitCodes.OK;
  }

  private void checkOutBeforeReveal() throws CommandFailedException {
    if (out == null || Files.isDirectory(out)) {
      return;
    }
    if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !force) {
      throw new CommandFailedException(ExitCodes.INPUT_REFUSED,
          out + " exists: add --force to replace it, or choose another --out; nothing was revealed");
    }
    Path folder = out.toAbsolutePath().getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new CommandFailedException(ExitCodes.INPUT_REFUSED,
          "the folder of --out " + out + " does not exist: create it first; nothing was revealed");
    }
  }

  private byte[] reveal(LinkedSecret secret, Keys keys) throws CommandFailedException, InterruptedException {
    ProgressBar progress = ProgressBar.onStderr(err(), "downloading", io().stderrIsTerminal());
    try {
      return secret.api().reveal(keys, progress);
    } catch (ApiFailure e) {
      throw ApiFailures.toCommandFailure(e);
    } finally {
      progress.finish();
    }
  }

  private Payload open(Keys keys, byte[] envelope) throws CommandFailedException {
    try {
      return codec.open(keys, envelope);
    } catch (AuthenticationException e) {
      throw new CommandFailedException(ExitCodes.DAMAGED_LINK, "the secret arrived but cannot be decrypted: it"
          + " does not fit this link, and it is gone from the server; ask the sender to share it again", e);
    }
  }

  private void deliver(Payload payload) throws IOException {
    if (payload.isText() && out == null) {
      OutputStream stdout = io().stdout();
      stdout.write(payload.content());
      stdout.flush();
      return;
    }
    String senderName = payload.isText() ? SafeFileName.FALLBACK + ".txt" : payload.fileName();
    Path intended;
    Path written;
    if (out == null || Files.isDirectory(out)) {
      Path folder = out == null ? Path.of("") : out;
      intended = folder.toAbsolutePath().resolve(SafeFileName.of(senderName));
      written = FileSaver.save(folder, SafeFileName.of(senderName), payload.content(), force);
    } else {
      Path folder = out.toAbsolutePath().getParent();
      intended = folder.resolve(out.getFileName());
      written = FileSaver.save(folder, out.getFileName().toString(), payload.content(), force);
    }
    if (!written.equals(intended.normalize())) {
      note(intended.getFileName() + " exists, so the secret was saved as " + written + " (add --force to replace)");
    } else {
      note("saved " + payload.contentLength() + " bytes to " + written);
    }
  }
}

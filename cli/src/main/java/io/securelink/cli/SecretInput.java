package io.securelink.cli;

import io.securelink.cli.files.BoundedInput;
import io.securelink.cli.files.Utf8Bytes;
import io.securelink.core.Payload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What {@code send} shares: the text argument, the {@code --file}, or standard input. Every refusal happens
 * here, before a passphrase is asked or anything is uploaded.
 */
final class SecretInput {

  static final String NOTHING_TO_SHARE = "there is nothing to share: the text is empty or only spaces and line"
      + " breaks; nothing was uploaded";

  private SecretInput() {}

  /** Returns the text given as an argument, exactly. */
  static Payload fromArgument(String text) throws CommandFailedException {
    if (text.indexOf('\uFFFD') >= 0 && !"UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding"))) {
      throw new CommandFailedException(ExitCodes.INPUT_REFUSED, "the text argument was garbled by a non-UTF-8"
          + " locale: set LANG=C.UTF-8, or pipe the text in on standard input");
    }
    return text(text);
  }

  /** Returns standard input as text: it must be UTF-8 (binary data goes with --file). */
  static Payload fromStdin(InputStream stdin) throws CommandFailedException {
    byte[] bytes;
    try {
      bytes = BoundedInput.readAtMostOneMoreThan(stdin, Payload.MAX_CONTENT_BYTES);
    } catch (IOException e) {
      throw new CommandFailedException(ExitCodes.INPUT_REFUSED, "cannot read standard input ("
          + e.getClass().getSimpleName() + "); nothing was uploaded", e);
    }
    if (bytes.length > Payload.MAX_CONTENT_BYTES) {
      throw tooLarge("standard input");
    }
    String text = Utf8Bytes.decode(bytes, bytes.length).orElseThrow(() -> new CommandFailedException(
        ExitCodes.INPUT_REFUSED, "standard input is not UTF-8 text: send binary data with --file FILE"));
    return text(text);
  }

  /** Returns the file, under its own name (without the folder) and with its media type when known. */
  static Payload fromFile(Path file) throws CommandFailedException {
    try {
      if (!Files.isRegularFile(file)) {
        throw new CommandFailedException(ExitCodes.INPUT_REFUSED, file + " is not a readable file: check the path");
      }
      if (Files.size(file) > Payload.MAX_CONTENT_BYTES) {
        throw tooLarge(file.toString());
      }
      byte[] content = Files.readAllBytes(file);
      if (content.length > Payload.MAX_CONTENT_BYTES) {
        throw tooLarge(file.toString());
      }
      return Payload.file(file.getFileName().toString(), mediaType(file), content);
    } catch (IOException e) {
      throw new CommandFailedException(ExitCodes.INPUT_REFUSED, "cannot read " + file + " ("
          + e.getClass().getSimpleName() + "): check the path and permissions", e);
    } catch (IllegalArgumentException e) {
      throw new CommandFailedException(ExitCodes.INPUT_REFUSED, e.getMessage() + " Rename the file first.", e);
    }
  }

  private static Payload text(String text) throws CommandFailedException {
    if (Payload.isBlank(text)) {
      throw new CommandFailedException(ExitCodes.INPUT_REFUSED, NOTHING_TO_SHARE);
    }
    try {
      return Payload.text(text);
    } catch (IllegalArgumentException e) {
      throw new CommandFailedException(ExitCodes.INPUT_REFUSED, e.getMessage() + " Nothing was uploaded.", e);
    }
  }

  /** Returns the media type the platform guesses, or empty; it travels encrypted and only helps the receiver. */
  private static String mediaType(Path file) {
    try {
      String type = Files.probeContentType(file);
      return type != null && type.matches("[\\x20-\\x7E]{1,255}") ? type : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static CommandFailedException tooLarge(String what) {
    return new CommandFailedException(ExitCodes.INPUT_REFUSED, what + " is larger than the limit of 4 MiB"
        + " (4194304 bytes); nothing was uploaded");
  }
}

package io.securelink.cli.files;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes bytes that must be well-formed UTF-8: a silent replacement character would change a secret or a
 * passphrase into something the sender never typed.
 */
public final class Utf8Bytes {

  private Utf8Bytes() {}

  /** Returns the text of {@code bytes[0, length)}, or empty when they are not well-formed UTF-8. */
  public static Optional<String> decode(byte[] bytes, int length) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 0, length))
          .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}

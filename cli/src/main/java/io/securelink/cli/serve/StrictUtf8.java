package io.securelink.cli.serve;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Decodes UTF-8 that must be well-formed: a replacement character would hide what a client really sent. */
final class StrictUtf8 {

  private StrictUtf8() {}

  /** Returns the text that {@code bytes} encode, or empty when they are not well-formed UTF-8. */
  static Optional<String> decode(ByteBuffer bytes) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(bytes)
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}

package io.securelink.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8Test {

  @Test
  void encodesAndDecodesLikeTheJdkForWellFormedText() {
    StringBuilder every = new StringBuilder();
    for (int codePoint = 0; codePoint <= 0x10FFFF; codePoint += 17) {
      if (codePoint < 0xD800 || codePoint > 0xDFFF) {
        every.appendCodePoint(codePoint);
      }
    }
    String text = every.append(VectorFileWriter.NON_ASCII_TEXT).toString();
    byte[] jdk = text.getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(jdk, Utf8.encode(text));
    assertEquals(jdk.length, Utf8.encodedLength(text));
    assertEquals(text, Utf8.decodeOrNull(jdk, 0, jdk.length));
  }

  @Test
  void refusesToEncodeLoneSurrogates() {
    for (String text : new String[] {"a\uD800", "\uDC00b", "\uD83D\uD83D", "x\uDE00\uD83D"}) {
      assertThrows(IllegalArgumentException.class, () -> Utf8.encode(text));
    }
  }

  @Test
  void refusesMalformedBytes() {
    String[] malformed = {"c0af", "e080af", "f0808080", "eda080", "edbfbf", "f4908080", "f8888080", "80", "bf",
        "c2", "e282", "f09f98", "c241", "fe", "ff"};
    for (String hex : malformed) {
      byte[] bytes = Hex.decode(hex);
      assertNull(Utf8.decodeOrNull(bytes, 0, bytes.length), hex);
    }
  }

  @Test
  void decodesOnlyTheGivenRange() {
    byte[] bytes = Hex.decode("41e282ac42");
    assertEquals("€", Utf8.decodeOrNull(bytes, 1, 3));
    assertNull(Utf8.decodeOrNull(bytes, 1, 2));
  }
}

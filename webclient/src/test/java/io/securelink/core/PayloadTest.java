package io.securelink.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PayloadTest {

  @Test
  void blankTextIsNothingToShare() {
    for (String blank : new String[] {"", " ", "\n", "\r\n\t ", "\u00a0", "\u2003\u3000", "\u2028\u2029",
        "\u000b\u000c\u001c"}) {
      assertTrue(Payload.isBlank(blank));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Payload.text(blank));
      assertTrue(e.getMessage().startsWith("There is nothing to share"), e.getMessage());
    }
    for (String text : new String[] {"a", " a ", "\u0000", ".", "\u200b", "😀"}) {
      assertFalse(Payload.isBlank(text), text);
    }
  }

  /** isBlank spells out the JDK's two predicates, which TeaVM would otherwise bring as Unicode tables. */
  @Test
  void blankMeansWhitespaceOrSpaceCharAsTheJdkDefinesThem() {
    for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
      boolean jdk = Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
      if (jdk != Payload.isBlank(new String(Character.toChars(codePoint)))) {
        throw new AssertionError("isBlank disagrees with the JDK at U+" + Integer.toHexString(codePoint));
      }
    }
  }

  @Test
  void textIsKeptExactlyWithoutTrimming() {
    String text = "  leading and trailing spaces \r\n\u0000";
    Payload payload = Payload.text(text);
    assertTrue(payload.isText());
    assertEquals(text, payload.text());
    assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), payload.content());
  }

  @Test
  void theLimitCountsUtf8BytesAndIsNamedInTheError() {
    assertEquals(Payload.MAX_CONTENT_BYTES, Payload.text("a".repeat(Payload.MAX_CONTENT_BYTES)).contentLength());
    assertEquals(Payload.MAX_CONTENT_BYTES, Payload.text("€".repeat(Payload.MAX_CONTENT_BYTES / 3) + "a")
        .contentLength());
    IllegalArgumentException text = assertThrows(IllegalArgumentException.class,
        () -> Payload.text("ü".repeat(Payload.MAX_CONTENT_BYTES / 2) + "a"));
    assertTrue(text.getMessage().contains("4 MiB (4194304 bytes)"), text.getMessage());
    IllegalArgumentException file = assertThrows(IllegalArgumentException.class,
        () -> Payload.file("big.bin", "", new byte[Payload.MAX_CONTENT_BYTES + 1]));
    assertTrue(file.getMessage().contains("4 MiB (4194304 bytes)"), file.getMessage());
  }

  @Test
  void textWithALoneSurrogateIsRefusedNotAltered() {
    assertThrows(IllegalArgumentException.class, () -> Payload.text("key \uD83D"));
  }

  @Test
  void fileNamesThatCouldNameAnotherFolderAreRefused() {
    for (String name : new String[] {"", ".", "..", "a/b", "a\\b", "../x", "a\nb", "a\u0000", "a\u007f",
        "a\u0085", "x".repeat(256), "ü".repeat(128)}) {
      assertThrows(IllegalArgumentException.class, () -> Payload.file(name, "", new byte[1]), name);
    }
    assertEquals("x".repeat(255), Payload.file("x".repeat(255), "", new byte[0]).fileName());
    assertEquals("...", Payload.file("...", "", new byte[0]).fileName());
    assertEquals(".hidden", Payload.file(".hidden", "", new byte[0]).fileName());
  }

  @Test
  void fileNamesWithBidirectionalControlsAreRefusedSoANameCannotDisplayAsAnother() {
    char[] controls = {'\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
        '\u2066', '\u2067', '\u2068', '\u2069'};
    for (char control : controls) {
      IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
          () -> Payload.file(control + "gnp.exe", "", new byte[1]), Integer.toHexString(control));
      assertTrue(refused.getMessage().contains("direction"), refused.getMessage());
    }
    for (char neighbour : new char[] {'\u061B', '\u200D', '\u2010', '\u2029', '\u202F', '\u2065', '\u206A'}) {
      assertEquals("a" + neighbour, Payload.file("a" + neighbour, "", new byte[0]).fileName());
    }
    assertEquals("שלום.txt", Payload.file("שלום.txt", "", new byte[0]).fileName());
  }

  @Test
  void mediaTypesArePrintableAscii() {
    assertEquals("text/plain; charset=utf-8", Payload.file("a", "text/plain; charset=utf-8", new byte[0]).mediaType());
    for (String type : new String[] {"text/plaïn", "a\tb", "a\nb", "x".repeat(256)}) {
      assertThrows(IllegalArgumentException.class, () -> Payload.file("a", type, new byte[0]), type);
    }
  }

  @Test
  void encodesTheBytesOfTheSpec() {
    assertEquals("0100000003" + "e282ac", Hex.encode(Payload.text("€").encode()));
    assertEquals("0205" + "612e747874" + "0a" + "746578742f706c61696e" + "00000002" + "0102",
        Hex.encode(Payload.file("a.txt", "text/plain", new byte[] {1, 2}).encode()));
  }

  @Test
  void encodePaddedIsTheEncodingFollowedByZerosToItsBucket() {
    int[] contentLengths = {0, 1, 1024 - 5 - 1, 1024 - 5, 1024 - 5 + 1, 65536 - 5, 65536, 2 * 1024 * 1024,
        Payload.MAX_CONTENT_BYTES};
    for (int length : contentLengths) {
      byte[] content = new byte[length];
      java.util.Arrays.fill(content, (byte) 0x5a);
      Payload file = Payload.file("n.bin", "application/octet-stream", content);
      assertArrayEquals(Padding.pad(file.encode()), file.encodePadded(), "file of " + length + " bytes");
    }
    Payload text = Payload.text("x".repeat(1024 - 5));
    assertArrayEquals(Padding.pad(text.encode()), text.encodePadded());
  }

  @Test
  void aDecodedPayloadReadsItsContentInPlaceAndStillCopiesItOut() throws AuthenticationException {
    byte[] padded = Payload.file("a.txt", "text/plain", new byte[] {7, 8, 9}).encodePadded();
    Payload file = Payload.decodeFrom(padded);
    assertEquals(3, file.contentLength());
    byte[] out = file.content();
    out[0] = 0;
    assertArrayEquals(new byte[] {7, 8, 9}, file.content());
    assertArrayEquals(Payload.file("a.txt", "text/plain", new byte[] {7, 8, 9}).encode(), file.encode());
    Payload text = Payload.decodeFrom(Payload.text("Grüße").encodePadded());
    assertEquals("Grüße", text.text());
    assertEquals(Utf8.encode("Grüße").length, text.contentLength());
  }

  @Test
  void fileContentIsCopiedInAndOut() {
    byte[] content = {1, 2, 3};
    Payload payload = Payload.file("a", "", content);
    content[0] = 9;
    payload.content()[1] = 9;
    assertArrayEquals(new byte[] {1, 2, 3}, payload.content());
  }

  @Test
  void accessorsOfTheOtherKindAreErrorsAndToStringHidesContent() {
    Payload text = Payload.text("secret words");
    assertThrows(IllegalStateException.class, text::fileName);
    assertThrows(IllegalStateException.class, () -> Payload.file("a", "", new byte[0]).text());
    assertEquals("Payload[text]", text.toString());
  }
}

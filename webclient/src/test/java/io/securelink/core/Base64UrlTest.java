package io.securelink.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Base64UrlTest {

  @Test
  void encodesLikeTheJdkWithoutPaddingForEveryLengthUpTo100() {
    Random random = new Random(1);
    for (int length = 0; length <= 100; length++) {
      byte[] data = new byte[length];
      random.nextBytes(data);
      String expected = Base64.getUrlEncoder().withoutPadding().encodeToString(data);
      assertEquals(expected, Base64Url.encode(data), "length " + length);
      assertArrayEquals(data, Base64Url.decode(expected), "length " + length);
    }
  }

  @Test
  void refusesJunkPaddingWhiteSpaceAndStandardAlphabet() {
    for (String junk : new String[] {"ab$d", "AA==", "AAA=", "ab+d", "ab/d", "AB CD", "ABCD\n", "\tABCD", "AAÄA",
        "AA.A"}) {
      assertThrows(IllegalArgumentException.class, () -> Base64Url.decode(junk), junk);
    }
  }

  @Test
  void refusesImpossibleLengths() {
    for (String text : new String[] {"A", "AAAAA", "AAAAAAAAA"}) {
      assertThrows(IllegalArgumentException.class, () -> Base64Url.decode(text), text);
    }
  }

  @Test
  void refusesEveryNonCanonicalFinalCharacter() {
    // After "A" (2-char group) only chars whose low 4 bits are 0 are canonical; after "AA" the low 2 bits.
    for (int i = 0; i < 64; i++) {
      char last = Base64Url.ALPHABET.charAt(i);
      if (i % 16 == 0) {
        assertEquals(1, Base64Url.decode("A" + last).length);
      } else {
        assertThrows(IllegalArgumentException.class, () -> Base64Url.decode("A" + last), "A" + last);
      }
      if (i % 4 == 0) {
        assertEquals(2, Base64Url.decode("AA" + last).length);
      } else {
        assertThrows(IllegalArgumentException.class, () -> Base64Url.decode("AA" + last), "AA" + last);
      }
    }
  }

  @Test
  void errorMessagesGivePositionsButNotTheText() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Base64Url.decode("SECRETKEY$"));
    assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
    assertEquals("Not valid base64url: the character at position 9 is not in the alphabet", e.getMessage());
  }
}

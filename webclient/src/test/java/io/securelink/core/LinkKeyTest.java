package io.securelink.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.securelink.core.jce.JceCrypto;
import org.junit.jupiter.api.Test;

class LinkKeyTest {

  private static final String ORIGIN = "https://securelink.example";

  private final LinkKey key = LinkKey.generate(new JceCrypto());
  private final String fragment = key.fragment();

  @Test
  void fragmentIsPrefixAnd48Base64UrlCharacters() throws DamagedLinkException {
    assertTrue(fragment.startsWith("v1."));
    assertEquals(3 + 48, fragment.length());
    assertArrayEquals(key.secret(), LinkKey.parse(fragment).secret());
    assertEquals(ORIGIN + "/#" + fragment, key.link(ORIGIN));
  }

  @Test
  void aSecretStartingWithZeroBytesSurvives() throws DamagedLinkException {
    byte[] secret = new byte[32];
    secret[31] = 1;
    LinkKey zeros = LinkKey.insecureFromSecret(secret);
    assertTrue(zeros.fragment().startsWith("v1.AAAAAAAA"));
    assertArrayEquals(secret, LinkKey.parse(zeros.link(ORIGIN)).secret());
  }

  @Test
  void everyChangedCharacterIsDetected() {
    for (int i = 0; i < fragment.length(); i++) {
      for (int k = 0; k < Base64Url.ALPHABET.length(); k++) {
        char replacement = Base64Url.ALPHABET.charAt(k);
        if (replacement != fragment.charAt(i)) {
          assertRefused(fragment.substring(0, i) + replacement + fragment.substring(i + 1), "char " + i);
        }
      }
      if (fragment.charAt(i) != '.') {
        assertRefused(fragment.substring(0, i) + '.' + fragment.substring(i + 1), "char " + i + " to '.'");
      }
    }
  }

  @Test
  void everyDroppedCharacterAndEveryTruncationIsDetected() {
    for (int i = 0; i < fragment.length(); i++) {
      assertRefused(ORIGIN + "/#" + fragment.substring(0, i) + fragment.substring(i + 1), "dropped " + i);
      assertRefused(ORIGIN + "/#" + fragment.substring(0, i), "truncated to " + i);
      assertRefused(ORIGIN + "/#" + fragment.substring(0, i) + ".", "truncated to " + i + " then '.'");
    }
  }

  @Test
  void anAddedAlphabetCharacterIsDetected() {
    for (int i = 3; i <= fragment.length(); i++) {
      assertRefused(fragment.substring(0, i) + "A" + fragment.substring(i), "added at " + i);
    }
  }

  @Test
  void trailingJunkFromMailAndChatIsTolerated() throws DamagedLinkException {
    String link = key.link(ORIGIN);
    String[] variants = {link + ".", link + ")", link + ">", "<" + link + ">", "(" + link + ")", link + "\"",
        link + "&utm_source=chat&utm_medium=x", link + "?utm=1", link + " ", link + "\r\n", link + "\t", link + "=",
        link + "%20", link + "#", link + ",", link + ";", link + "!", link + "'", link + "]", link + "…",
        " " + fragment, "\n" + fragment + "\n", "#" + fragment + ".", link + ".\n> quoted reply"};
    for (String variant : variants) {
      assertArrayEquals(key.secret(), LinkKey.parse(variant).secret(), variant.substring(link.length() / 2));
    }
  }

  @Test
  void otherVersionsAskForAnUpToDatePage() {
    String body = fragment.substring(3);
    for (String prefix : new String[] {"v2.", "v10.", "v0.", "v99."}) {
      DamagedLinkException e = assertThrows(DamagedLinkException.class, () -> LinkKey.parse(prefix + body));
      assertEquals(DamagedLinkException.Reason.NEWER_VERSION, e.reason());
    }
    for (String prefix : new String[] {"v.", "V1.", "v1", "1.", "", "x1."}) {
      DamagedLinkException e = assertThrows(DamagedLinkException.class, () -> LinkKey.parse(prefix + body));
      assertEquals(DamagedLinkException.Reason.DAMAGED, e.reason(), prefix);
    }
  }

  @Test
  void theMessageSaysWhatToDoAndNeverRepeatsTheLink() {
    String damaged = key.link(ORIGIN).substring(0, 40);
    DamagedLinkException e = assertThrows(DamagedLinkException.class, () -> LinkKey.parse(damaged));
    assertTrue(e.getMessage().contains("incomplete or damaged"), e.getMessage());
    assertTrue(e.getMessage().contains("send the whole link again"), e.getMessage());
    assertFalse(e.getMessage().contains(fragment.substring(3, 12)), e.getMessage());
  }

  @Test
  void linkAcceptsOnlyABareOrigin() {
    assertEquals(ORIGIN + "/#" + fragment, key.link(ORIGIN + "/"));
    assertEquals("http://127.0.0.1:8080/#" + fragment, key.link("http://127.0.0.1:8080"));
    for (String bad : new String[] {ORIGIN + "/path", ORIGIN + "?q=1", ORIGIN + "#x", "ftp://host", "https://",
        "securelink.example", ORIGIN + "//"}) {
      assertThrows(IllegalArgumentException.class, () -> key.link(bad), bad);
    }
  }

  @Test
  void toStringIsRedacted() {
    assertEquals("LinkKey[redacted]", key.toString());
  }

  @Test
  void secretIsCopiedOut() {
    byte[] copy = key.secret();
    copy[0] ^= 1;
    assertFalse(java.util.Arrays.equals(copy, key.secret()));
  }

  private static void assertRefused(String input, String what) {
    assertThrows(DamagedLinkException.class, () -> LinkKey.parse(input), what);
  }
}

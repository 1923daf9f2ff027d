package io.securelink.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.securelink.core.jce.JceCrypto;
import org.junit.jupiter.api.Test;

/**
 * A passphrase is needed together with the link: each alone gives neither the proof nor the key. Four PBKDF2
 * runs in all (600 000 iterations each), so these tests share one sealed secret.
 */
class PassphraseTest {

  private static final String PASSPHRASE = "Pässwört 🔑 ";
  private static final JceCrypto CRYPTO = new JceCrypto();
  private static final SecretCodec CODEC = new SecretCodec(CRYPTO);
  private static final Sealed SEALED = CODEC.seal(Payload.text("behind a passphrase"), PASSPHRASE);
  private static final Keys RIGHT = CODEC.keys(SEALED.key(), PASSPHRASE);

  @Test
  void theRightPassphraseOpens() throws AuthenticationException {
    assertTrue(SEALED.hasPassphrase());
    assertEquals(SEALED.proofHash(), RIGHT.proofHash());
    assertEquals("behind a passphrase", CODEC.open(RIGHT, SEALED.envelope()).text());
  }

  @Test
  void theLinkAloneGivesAnotherProofAndDoesNotOpen() {
    Keys linkOnly = CODEC.keys(SEALED.key(), null);
    assertEquals(RIGHT.id(), linkOnly.id());
    assertNotEquals(RIGHT.proof(), linkOnly.proof());
    assertNotEquals(SEALED.proofHash(), linkOnly.proofHash());
    assertThrows(AuthenticationException.class, () -> CODEC.open(linkOnly, SEALED.envelope()));
  }

  @Test
  void aWrongPassphraseGivesAnotherProofAndDoesNotOpen() {
    // Differs from the right one only by the trailing space: passphrases are used exactly as typed.
    Keys wrong = CODEC.keys(SEALED.key(), PASSPHRASE.trim());
    assertEquals(RIGHT.id(), wrong.id());
    assertNotEquals(RIGHT.proof(), wrong.proof());
    assertThrows(AuthenticationException.class, () -> CODEC.open(wrong, SEALED.envelope()));
  }

  @Test
  void thePassphraseWithAnotherLinkGivesNothing() {
    Sealed other = CODEC.seal(Payload.text("x"), null);
    Keys passphraseOnly = CODEC.keys(other.key(), PASSPHRASE);
    assertNotEquals(RIGHT.proof(), passphraseOnly.proof());
    assertThrows(AuthenticationException.class, () -> CODEC.open(passphraseOnly, SEALED.envelope()));
  }

  @Test
  void anEmptyPassphraseMeansNoneAndALoneSurrogateIsRefused() {
    Sealed plain = CODEC.seal(Payload.text("x"), "");
    assertEquals(false, plain.hasPassphrase());
    assertEquals(plain.proofHash(), CODEC.keys(plain.key(), null).proofHash());
    assertThrows(IllegalArgumentException.class, () -> CODEC.keys(plain.key(), "a\uD800"));
  }
}

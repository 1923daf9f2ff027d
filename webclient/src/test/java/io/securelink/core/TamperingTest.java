package io.securelink.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.securelink.core.jce.JceCrypto;
import org.junit.jupiter.api.Test;

/** Any change to an envelope, or opening it as another secret, fails with the one generic failure. */
class TamperingTest {

  private final JceCrypto crypto = new JceCrypto();
  private final SecretCodec codec = new SecretCodec(crypto);
  private final Sealed sealed = codec.seal(Payload.text("tamper with me"), null);
  private final Keys keys = codec.keys(sealed.key(), null);

  @Test
  void everySingleBitFlipOfEveryByteFails() throws AuthenticationException {
    byte[] envelope = sealed.envelope();
    assertEquals(Envelope.MIN_BYTES, envelope.length);
    assertEquals("tamper with me", codec.open(keys, envelope).text());
    for (int i = 0; i < envelope.length; i++) {
      for (int bit = 0; bit < 8; bit++) {
        byte[] changed = envelope.clone();
        changed[i] ^= (byte) (1 << bit);
        assertGenericFailure(keys, changed, "byte " + i + " bit " + bit);
      }
    }
  }

  @Test
  void everyTruncationAndAnyExtensionFails() {
    byte[] envelope = sealed.envelope();
    for (int length = 0; length < envelope.length; length++) {
      assertGenericFailure(keys, Bytes.slice(envelope, 0, length), "truncated to " + length);
    }
    assertGenericFailure(keys, Bytes.concat(envelope, new byte[1]), "one byte added");
    assertGenericFailure(keys, Bytes.concat(envelope, new byte[1024]), "a bucket's worth added");
    assertGenericFailure(keys, new byte[Envelope.MAX_BYTES + 1], "over the maximum");
  }

  @Test
  void theRightKeyWithAnotherIdAsAssociatedDataFails() {
    byte[] otherId = codec.keys(codec.seal(Payload.text("other"), null).key(), null).idBytes();
    byte[] envelope = Envelope.insecureSealWithNonce(crypto, keys.aesKey(), otherId, crypto.randomBytes(12),
        Padding.pad(Payload.text("tamper with me").encode()));
    assertGenericFailure(keys, envelope, "aad with another id");
  }

  @Test
  void aServerSwappingTwoEnvelopesIsDetected() {
    Sealed other = codec.seal(Payload.text("another secret"), null);
    assertGenericFailure(keys, other.envelope(), "another secret's envelope");
    assertGenericFailure(codec.keys(other.key(), null), sealed.envelope(), "this envelope under the other keys");
  }

  private void assertGenericFailure(Keys keys, byte[] envelope, String what) {
    AuthenticationException e = assertThrows(AuthenticationException.class, () -> codec.open(keys, envelope), what);
    assertEquals(OpenFailure.MESSAGE, e.getMessage(), what);
  }
}

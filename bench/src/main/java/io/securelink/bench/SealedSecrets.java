package io.securelink.bench;

import io.securelink.core.Base64Url;
import io.securelink.core.Keys;
import io.securelink.core.Payload;
import io.securelink.core.Sealed;
import io.securelink.core.SecretCodec;
import io.securelink.core.jce.JceCrypto;

/** Makes benchmark secrets the way the CLI does: a text sealed by SecretCodec with JceCrypto. */
public final class SealedSecrets {

  /** A typical shared secret: a generated password, which seals into the smallest (1 KiB) bucket. */
  public static final String TYPICAL_TEXT = "Z7q!vR2#kP9m@wL4sT8x&nB6";

  private static final SecretCodec CODEC = new SecretCodec(new JceCrypto());

  private SealedSecrets() {}

  /** Returns a fresh secret (new link secret, so a new id) holding {@code text}. */
  public static BenchSecret seal(String text) {
    Sealed sealed = CODEC.seal(Payload.text(text), null);
    Keys keys = CODEC.keys(sealed.key(), null);
    return new BenchSecret(sealed.id(), keys.proof(), sealed.proofHash(), keys.linkProof(), sealed.linkProofHash(),
        Base64Url.encode(sealed.envelope()));
  }
}

package io.securelink.core.jce;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

/**
 * HKDF-SHA256 (RFC 5869) and PBKDF2-HMAC-SHA256 (RFC 8018) over {@code javax.crypto.Mac}.
 *
 * <p>Written here rather than taken from {@code SecretKeyFactory} because PBKDF2WithHmacSHA256 takes the
 * password as {@code char[]} and encodes it itself, while the format fixes the exact UTF-8 bytes, and because the
 * JDK 17 has no HKDF.
 */
final class HmacKdf {

  private static final String HMAC_SHA256 = "HmacSHA256";
  private static final int HASH_BYTES = 32;
  private static final int MAX_HKDF_BYTES = 255 * HASH_BYTES;

  private HmacKdf() {}

  /** Returns {@code length} bytes of HKDF-SHA256; an empty salt stands for 32 zero bytes (RFC 5869 §2.2). */
  static byte[] hkdf(byte[] ikm, byte[] salt, byte[] info, int length) {
    if (length < 0 || length > MAX_HKDF_BYTES) {
      throw new IllegalArgumentException("HKDF-SHA256 gives 0 to " + MAX_HKDF_BYTES + " bytes, not " + length);
    }
    byte[] pseudoRandomKey = mac(salt.length == 0 ? new byte[HASH_BYTES] : salt).doFinal(ikm);
    Mac expand = mac(pseudoRandomKey);
    byte[] out = new byte[length];
    byte[] block = new byte[0];
    for (int written = 0, counter = 1; written < length; counter++) {
      expand.update(block);
      expand.update(info);
      expand.update((byte) counter);
      block = expand.doFinal();
      int take = Math.min(HASH_BYTES, length - written);
      System.arraycopy(block, 0, out, written, take);
      written += take;
    }
    return out;
  }

  /** Returns {@code length} bytes of PBKDF2 with HMAC-SHA256 over the raw {@code password} bytes. */
  static byte[] pbkdf2(byte[] password, byte[] salt, int iterations, int length) {
    if (iterations < 1 || length < 1) {
      throw new IllegalArgumentException("PBKDF2 needs at least one iteration and one output byte");
    }
    Mac prf = mac(password);
    byte[] out = new byte[length];
    byte[] u = new byte[HASH_BYTES];
    byte[] t = new byte[HASH_BYTES];
    try {
      for (int written = 0, blockIndex = 1; written < length; blockIndex++) {
        prf.update(salt);
        prf.update(new byte[] {
            (byte) (blockIndex >>> 24), (byte) (blockIndex >>> 16), (byte) (blockIndex >>> 8), (byte) blockIndex});
        prf.doFinal(u, 0);
        System.arraycopy(u, 0, t, 0, HASH_BYTES);
        for (int i = 1; i < iterations; i++) {
          prf.update(u);
          prf.doFinal(u, 0);
          for (int k = 0; k < HASH_BYTES; k++) {
            t[k] ^= u[k];
          }
        }
        int take = Math.min(HASH_BYTES, length - written);
        System.arraycopy(t, 0, out, written, take);
        written += take;
      }
    } catch (ShortBufferException e) {
      throw new IllegalStateException("HMAC-SHA256 output is not 32 bytes", e);
    }
    return out;
  }

  private static Mac mac(byte[] key) {
    try {
      Mac mac = Mac.getInstance(HMAC_SHA256);
      // An HMAC key of zero bytes is legal (RFC 2104 pads it) but SecretKeySpec refuses it; one zero byte pads
      // to the same block.
      mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, HMAC_SHA256));
      return mac;
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 refused its key", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is missing from this JVM", e);
    }
  }
}

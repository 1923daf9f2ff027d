package io.securelink.core.jce;

import io.securelink.core.AuthenticationException;
import io.securelink.core.Crypto;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The JVM binding of {@link Crypto}: the JDK's SunJCE provider for AES-GCM, SHA-256 and HMAC, with HKDF and
 * PBKDF2 written over HMAC-SHA256 so they take raw bytes (see {@link HmacKdf}).
 */
public final class JceCrypto implements Crypto {

  private static final int GCM_TAG_BITS = 128;
  private static final int AES_KEY_BYTES = 32;

  private final SecureRandom random;

  /** Returns a binding over the JVM's default SecureRandom (the OS generator, non-blocking once seeded). */
  public JceCrypto() {
    this.random = new SecureRandom();
  }

  @Override
  public byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }

  @Override
  public byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  @Override
  public byte[] hkdfSha256(byte[] ikm, byte[] salt, byte[] info, int length) {
    return HmacKdf.hkdf(ikm, salt, info, length);
  }

  @Override
  public byte[] pbkdf2Sha256(byte[] password, byte[] salt, int iterations, int length) {
    return HmacKdf.pbkdf2(password, salt, iterations, length);
  }

  @Override
  public byte[] insecureAesGcmSealWithNonce(
      byte[] key, byte[] nonce, byte[] plaintext, byte[] associatedData) {
    try {
      return gcm(Cipher.ENCRYPT_MODE, key, nonce, associatedData).doFinal(plaintext);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed", e);
    }
  }

  @Override
  public byte[] aesGcmOpen(byte[] key, byte[] nonce, byte[] input, int offset, int length, byte[] associatedData)
      throws AuthenticationException {
    Objects.checkFromIndexSize(offset, length, input.length);
    if (length < GCM_TAG_BITS / 8) {
      // SunJCE reports this as a ProviderException, not as the authentication failure it is.
      throw new AuthenticationException("AES-GCM input is shorter than its tag");
    }
    Cipher cipher;
    try {
      cipher = gcm(Cipher.DECRYPT_MODE, key, nonce, associatedData);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
    try {
      return cipher.doFinal(input, offset, length);
    } catch (AEADBadTagException e) {
      throw new AuthenticationException("AES-GCM tag does not verify");
    } catch (GeneralSecurityException e) {
      // Any other refusal of the input is, to the caller, the same as a bad tag.
      throw new AuthenticationException("AES-GCM input does not verify");
    }
  }

  private static Cipher gcm(int mode, byte[] key, byte[] nonce, byte[] associatedData)
      throws GeneralSecurityException {
    if (key.length != AES_KEY_BYTES) {
      throw new IllegalArgumentException("AES-256 needs a 32-byte key, not " + key.length + " bytes");
    }
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(GCM_TAG_BITS, nonce));
    cipher.updateAAD(associatedData);
    return cipher;
  }
}

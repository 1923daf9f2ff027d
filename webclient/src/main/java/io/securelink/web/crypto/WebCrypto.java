package io.securelink.web.crypto;

import static java.util.Objects.requireNonNull;

import io.securelink.core.AuthenticationException;
import io.securelink.core.Crypto;
import java.util.Objects;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.typedarrays.ArrayBuffer;

/**
 * The browser binding of {@link Crypto}: the browser's random source and WebCrypto's SHA-256, HKDF, PBKDF2 and
 * AES-GCM, reached through TeaVM JSO.
 *
 * <p><b>Threads.</b> Every method except {@link #randomBytes} suspends the calling TeaVM thread on a WebCrypto
 * promise. TeaVM can only suspend a thread it started, so call these from code running on
 * {@code new Thread(...)}; called straight from a DOM event listener they fail with "Suspension point reached
 * from non-threading context".
 *
 * <p><b>Availability.</b> {@link #create()} refuses to run where the page has no secure random source or no
 * {@code crypto.subtle} (an insecure origin hides it); there is no weaker fallback.
 *
 * <p>Inputs are checked before WebCrypto sees them: AES-256 only (WebCrypto alone would also take 128- and
 * 192-bit keys), 96-bit nonces, 128-bit tags; a null argument is a NullPointerException naming it.
 */
public final class WebCrypto implements Crypto {

  private static final int AES_256_KEY_BYTES = 32;
  private static final int GCM_NONCE_BYTES = 12;
  private static final int GCM_TAG_BYTES = 16;
  private static final int SHA_256_BYTES = 32;
  /** RFC 5869: HKDF output is at most 255 hash lengths. */
  private static final int HKDF_MAX_BYTES = 255 * SHA_256_BYTES;

  private WebCrypto() {}

  /** Returns whether this page can use WebCrypto, and if not, a reason the page can show. */
  public static WebCryptoAvailability availability() {
    return WebCryptoAvailability.detect();
  }

  /**
   * Returns the WebCrypto binding.
   *
   * @throws WebCryptoUnavailableException if this page has no secure random source or no WebCrypto
   */
  public static WebCrypto create() throws WebCryptoUnavailableException {
    WebCryptoAvailability availability = availability();
    if (!availability.isAvailable()) {
      throw new WebCryptoUnavailableException(availability);
    }
    return new WebCrypto();
  }

  @Override
  public byte[] randomBytes(int length) {
    requireNonNegative(length, "random length");
    byte[] result = new byte[length];
    Subtle.fillRandom(result);
    return result;
  }

  @Override
  public byte[] sha256(byte[] data) {
    requireNonNull(data, "data");
    return bytesOf(Subtle.sha256(data), "SHA-256 digest");
  }

  @Override
  public byte[] hkdfSha256(byte[] ikm, byte[] salt, byte[] info, int length) {
    requireNonNull(ikm, "ikm");
    requireNonNull(salt, "salt");
    requireNonNull(info, "info");
    requireOutputLength(length, HKDF_MAX_BYTES, "HKDF length");
    // An empty salt is what RFC 5869 calls "not provided": HMAC pads any key shorter than its block with
    // zeros, so the empty key and 32 zero bytes give the same output.
    JSObject key = importKey(ikm, Subtle.HKDF, "deriveBits", "HKDF key import");
    return bytesOf(Subtle.hkdfSha256(key, salt, info, length * 8), "HKDF derivation");
  }

  @Override
  public byte[] pbkdf2Sha256(byte[] password, byte[] salt, int iterations, int length) {
    requireNonNull(password, "password");
    requireNonNull(salt, "salt");
    if (iterations < 1) {
      throw new IllegalArgumentException("PBKDF2 iterations must be at least 1");
    }
    requireOutputLength(length, Integer.MAX_VALUE / 8, "PBKDF2 length");
    JSObject key = importKey(password, Subtle.PBKDF2, "deriveBits", "PBKDF2 key import");
    return bytesOf(Subtle.pbkdf2Sha256(key, salt, iterations, length * 8), "PBKDF2 derivation");
  }

  @Override
  public byte[] insecureAesGcmSealWithNonce(byte[] key, byte[] nonce, byte[] plaintext, byte[] associatedData) {
    requireAesGcmParameters(key, nonce, associatedData);
    requireNonNull(plaintext, "plaintext");
    JSObject aesKey = importKey(key, Subtle.AES_GCM, "encrypt", "AES key import");
    return bytesOf(Subtle.aesGcmEncrypt(aesKey, nonce, plaintext, associatedData), "AES-GCM encryption");
  }

  @Override
  public byte[] aesGcmOpen(byte[] key, byte[] nonce, byte[] input, int offset, int length, byte[] associatedData)
      throws AuthenticationException {
    requireAesGcmParameters(key, nonce, associatedData);
    requireNonNull(input, "ciphertext");
    Objects.checkFromIndexSize(offset, length, input.length);
    if (length < GCM_TAG_BYTES) {
      throw new AuthenticationException("the ciphertext is too short to hold its tag");
    }
    JSObject aesKey = importKey(key, Subtle.AES_GCM, "decrypt", "AES key import");
    try {
      ArrayBuffer plaintext = Promises.await(
          Subtle.aesGcmDecrypt(aesKey, nonce, input, offset, length, associatedData), "AES-GCM decryption");
      return Subtle.bytesOf(plaintext);
    } catch (WebCryptoRejection rejection) {
      // WebCrypto reports a tag that does not verify, and nothing else here, as OperationError.
      if (WebCryptoRejection.OPERATION_ERROR.equals(rejection.errorName())) {
        throw new AuthenticationException("the ciphertext did not authenticate");
      }
      throw rejection.unexpected();
    }
  }

  private static JSObject importKey(byte[] raw, String algorithm, String usage, String operation) {
    try {
      return Promises.await(Subtle.importRawKey(raw, algorithm, usage), operation);
    } catch (WebCryptoRejection rejection) {
      throw rejection.unexpected();
    }
  }

  private static byte[] bytesOf(JSPromise<ArrayBuffer> promise, String operation) {
    try {
      return Subtle.bytesOf(Promises.await(promise, operation));
    } catch (WebCryptoRejection rejection) {
      throw rejection.unexpected();
    }
  }

  private static void requireAesGcmParameters(byte[] key, byte[] nonce, byte[] associatedData) {
    requireNonNull(key, "key");
    requireNonNull(nonce, "nonce");
    requireNonNull(associatedData, "associated data");
    if (key.length != AES_256_KEY_BYTES) {
      throw new IllegalArgumentException("AES-256 needs a 32-byte key, got " + key.length + " bytes");
    }
    if (nonce.length != GCM_NONCE_BYTES) {
      throw new IllegalArgumentException("AES-GCM needs a 12-byte nonce, got " + nonce.length + " bytes");
    }
  }

  private static void requireOutputLength(int length, int max, String what) {
    if (length < 1 || length > max) {
      throw new IllegalArgumentException(what + " must be 1 to " + max + " bytes, got " + length);
    }
  }

  private static void requireNonNegative(int length, String what) {
    if (length < 0) {
      throw new IllegalArgumentException(what + " must not be negative, got " + length);
    }
  }
}

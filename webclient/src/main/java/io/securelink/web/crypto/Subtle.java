package io.securelink.web.crypto;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSByRef;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.typedarrays.ArrayBuffer;

/**
 * The few {@code crypto.subtle} calls SecureLink makes, bound through TeaVM JSO (teavm-jso-apis has no binding
 * for SubtleCrypto). Byte arrays pass by reference: WebCrypto copies its inputs when the call is made.
 *
 * <p>Keys are imported raw and non-extractable, for one usage, and never leave WebCrypto again.
 */
final class Subtle {

  /** The WebCrypto algorithm name of AES-GCM; keys for it are imported per call. */
  static final String AES_GCM = "AES-GCM";

  /** The WebCrypto algorithm name of HKDF; its key is the input keying material. */
  static final String HKDF = "HKDF";

  /** The WebCrypto algorithm name of PBKDF2; its key is the password. */
  static final String PBKDF2 = "PBKDF2";

  private Subtle() {}

  /** Returns a promise of a non-extractable CryptoKey for {@code algorithm}, allowed one {@code usage}. */
  @JSBody(
      params = {"raw", "algorithm", "usage"},
      script = "return crypto.subtle.importKey('raw', raw, {name: algorithm}, false, [usage]);")
  static native JSPromise<JSObject> importRawKey(@JSByRef byte[] raw, String algorithm, String usage);

  /** Returns a promise of the SHA-256 digest of {@code data}. */
  @JSBody(params = "data", script = "return crypto.subtle.digest('SHA-256', data);")
  static native JSPromise<ArrayBuffer> sha256(@JSByRef byte[] data);

  /** Returns a promise of {@code bits} bits of HKDF-SHA256 from the HKDF {@code key}. */
  @JSBody(
      params = {"key", "salt", "info", "bits"},
      script = "return crypto.subtle.deriveBits("
          + "{name: 'HKDF', hash: 'SHA-256', salt: salt, info: info}, key, bits);")
  static native JSPromise<ArrayBuffer> hkdfSha256(JSObject key, @JSByRef byte[] salt, @JSByRef byte[] info, int bits);

  /** Returns a promise of {@code bits} bits of PBKDF2-HMAC-SHA256 from the PBKDF2 {@code key}. */
  @JSBody(
      params = {"key", "salt", "iterations", "bits"},
      script = "return crypto.subtle.deriveBits("
          + "{name: 'PBKDF2', hash: 'SHA-256', salt: salt, iterations: iterations}, key, bits);")
  static native JSPromise<ArrayBuffer> pbkdf2Sha256(JSObject key, @JSByRef byte[] salt, int iterations, int bits);

  /** Returns a promise of AES-GCM ciphertext followed by the 128-bit tag. */
  @JSBody(
      params = {"key", "nonce", "plaintext", "associatedData"},
      script = "return crypto.subtle.encrypt({name: 'AES-GCM', iv: nonce, additionalData: associatedData,"
          + " tagLength: 128}, key, plaintext);")
  static native JSPromise<ArrayBuffer> aesGcmEncrypt(
      JSObject key, @JSByRef byte[] nonce, @JSByRef byte[] plaintext, @JSByRef byte[] associatedData);

  /**
   * Returns a promise of the AES-GCM plaintext of {@code length} bytes of {@code input} from {@code offset}
   * (ciphertext and tag), passed as a {@code subarray} view so nothing is copied first. It rejects with an
   * OperationError if the tag does not verify.
   */
  @JSBody(
      params = {"key", "nonce", "input", "offset", "length", "associatedData"},
      script = "return crypto.subtle.decrypt({name: 'AES-GCM', iv: nonce, additionalData: associatedData,"
          + " tagLength: 128}, key, input.subarray(offset, offset + length));")
  static native JSPromise<ArrayBuffer> aesGcmDecrypt(JSObject key, @JSByRef byte[] nonce, @JSByRef byte[] input,
      int offset, int length, @JSByRef byte[] associatedData);

  /** Returns the bytes of {@code buffer} as a Java array (a fresh buffer, so no copy is needed). */
  @JSBody(params = "buffer", script = "return new Int8Array(buffer);")
  @JSByRef
  static native byte[] bytesOf(ArrayBuffer buffer);

  /**
   * Fills {@code target} from {@code crypto.getRandomValues}, in the 65,536-byte pieces that one call allows.
   */
  @JSBody(
      params = "target",
      script = "for (var offset = 0; offset < target.length; offset += 65536) {"
          + " crypto.getRandomValues(target.subarray(offset, Math.min(offset + 65536, target.length))); }")
  static native void fillRandom(@JSByRef byte[] target);
}

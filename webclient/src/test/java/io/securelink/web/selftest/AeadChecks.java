package io.securelink.web.selftest;

import io.securelink.core.Crypto;
import java.nio.charset.StandardCharsets;

/**
 * What any {@link Crypto} binding must refuse: every flipped bit of ciphertext or tag, other associated data,
 * another nonce or key, truncation, and keys or nonces of the wrong size. Platform-free.
 */
final class AeadChecks {

  private AeadChecks() {}

  static void register(CheckRunner checks, Crypto crypto) {
    byte[] key = crypto.randomBytes(32);
    byte[] nonce = crypto.randomBytes(12);
    byte[] associatedData = "v1|id".getBytes(StandardCharsets.UTF_8);
    byte[] plaintext = "Grüße 🔐".getBytes(StandardCharsets.UTF_8);
    byte[] sealed = crypto.insecureAesGcmSealWithNonce(key, nonce, plaintext, associatedData);

    checks.run("aead-round-trip", () -> Expect.equalBytes(
        plaintext, crypto.aesGcmOpen(key, nonce, sealed, associatedData), "opened plaintext"));
    checks.run("aead-opens-a-range-in-place", () -> {
      // The envelope's ciphertext starts after its header: opening a range must read exactly that range.
      byte[] framed = new byte[3 + sealed.length + 5];
      System.arraycopy(sealed, 0, framed, 3, sealed.length);
      Expect.equalBytes(plaintext, crypto.aesGcmOpen(key, nonce, framed, 3, sealed.length, associatedData),
          "plaintext opened from a range");
      Expect.authenticationFails(() -> crypto.aesGcmOpen(key, nonce, framed, 2, sealed.length, associatedData),
          "range one byte early");
      Expect.authenticationFails(() -> crypto.aesGcmOpen(key, nonce, framed, 3, sealed.length + 1, associatedData),
          "range one byte long");
      Expect.rejectsRange(() -> crypto.aesGcmOpen(key, nonce, framed, 4, framed.length - 3, associatedData),
          "a range past the end");
    });
    checks.runCounted("aead-every-bit-flip-fails", () -> {
      for (int bit = 0; bit < sealed.length * 8; bit++) {
        byte[] tampered = sealed.clone();
        tampered[bit / 8] ^= (byte) (1 << (bit % 8));
        Expect.authenticationFails(
            () -> crypto.aesGcmOpen(key, nonce, tampered, associatedData), "bit " + bit + " flipped");
      }
      return sealed.length * 8;
    });
    checks.run("aead-other-associated-data-fails", () -> Expect.authenticationFails(
        () -> crypto.aesGcmOpen(key, nonce, sealed, "v1|other".getBytes(StandardCharsets.UTF_8)),
        "other associated data"));
    checks.run("aead-other-nonce-fails", () -> {
      byte[] otherNonce = nonce.clone();
      otherNonce[11] ^= 1;
      Expect.authenticationFails(() -> crypto.aesGcmOpen(key, otherNonce, sealed, associatedData), "other nonce");
    });
    checks.run("aead-other-key-fails", () -> Expect.authenticationFails(
        () -> crypto.aesGcmOpen(crypto.randomBytes(32), nonce, sealed, associatedData), "other key"));
    checks.runCounted("aead-truncation-fails", () -> {
      for (int length = 0; length < sealed.length; length++) {
        byte[] truncated = new byte[length];
        System.arraycopy(sealed, 0, truncated, 0, length);
        Expect.authenticationFails(
            () -> crypto.aesGcmOpen(key, nonce, truncated, associatedData), "truncated to " + length);
      }
      return sealed.length;
    });
    checks.run("aead-rejects-aes128-key", () -> Expect.rejectsArgument(
        () -> crypto.insecureAesGcmSealWithNonce(new byte[16], nonce, plaintext, associatedData), "16-byte key"));
    checks.run("aead-rejects-short-nonce", () -> Expect.rejectsArgument(
        () -> crypto.aesGcmOpen(key, new byte[8], sealed, associatedData), "8-byte nonce"));
  }
}

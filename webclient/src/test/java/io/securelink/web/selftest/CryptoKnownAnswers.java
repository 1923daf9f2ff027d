package io.securelink.web.selftest;

import io.securelink.core.Crypto;
import java.nio.charset.StandardCharsets;

/**
 * Published known answers for each {@link Crypto} primitive, independent of SecureLink's own format vectors:
 * FIPS 180-2 (SHA-256), RFC 5869 (HKDF), the widely published PBKDF2-HMAC-SHA256 answers for RFC 6070's
 * inputs, and the GCM specification's AES-256 test cases 13 and 14. Platform-free, so the same checks can run against any binding.
 */
final class CryptoKnownAnswers {

  private static final byte[] HKDF_IKM = Hex.decode("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");

  private CryptoKnownAnswers() {}

  static void register(CheckRunner checks, Crypto crypto) {
    checks.run("sha256-abc", () -> Expect.equalHex(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        crypto.sha256(ascii("abc")), "SHA-256(\"abc\")"));
    checks.run("hkdf-rfc5869-case1", () -> Expect.equalHex(
        "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865",
        crypto.hkdfSha256(HKDF_IKM, Hex.decode("000102030405060708090a0b0c"),
            Hex.decode("f0f1f2f3f4f5f6f7f8f9"), 42), "HKDF test case 1"));
    // Case 3 has an empty salt and info: the binding must treat the empty salt as RFC 5869's default.
    checks.run("hkdf-rfc5869-case3-empty-salt", () -> Expect.equalHex(
        "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8",
        crypto.hkdfSha256(HKDF_IKM, new byte[0], new byte[0], 42), "HKDF test case 3"));
    checks.run("pbkdf2-1-iteration", () -> Expect.equalHex(
        "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b",
        crypto.pbkdf2Sha256(ascii("password"), ascii("salt"), 1, 32), "PBKDF2 c=1"));
    checks.run("pbkdf2-4096-iterations", () -> Expect.equalHex(
        "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a",
        crypto.pbkdf2Sha256(ascii("password"), ascii("salt"), 4096, 32), "PBKDF2 c=4096"));
    checks.run("aes256gcm-case13-empty", () -> Expect.equalHex(
        "530f8afbc74536b9a963b4f1c4cb738b",
        crypto.insecureAesGcmSealWithNonce(new byte[32], new byte[12], new byte[0], new byte[0]),
        "GCM test case 13"));
    checks.run("aes256gcm-case14-seal", () -> Expect.equalHex(
        "cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919",
        crypto.insecureAesGcmSealWithNonce(new byte[32], new byte[12], new byte[16], new byte[0]),
        "GCM test case 14"));
    checks.run("aes256gcm-case14-open", () -> Expect.equalBytes(
        new byte[16],
        crypto.aesGcmOpen(new byte[32], new byte[12],
            Hex.decode("cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919"), new byte[0]),
        "GCM test case 14 opened"));
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}

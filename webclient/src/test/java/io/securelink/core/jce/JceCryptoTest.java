package io.securelink.core.jce;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.securelink.core.AuthenticationException;
import java.nio.charset.StandardCharsets;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

/** The JCE binding against published test vectors (RFC 5869, RFC 7914 §11, the GCM specification). */
class JceCryptoTest {

  private final JceCrypto crypto = new JceCrypto();

  @Test
  void hkdfMatchesRfc5869TestCase1() {
    byte[] okm = crypto.hkdfSha256(repeat(0x0b, 22), hex("000102030405060708090a0b0c"),
        hex("f0f1f2f3f4f5f6f7f8f9"), 42);
    assertEquals("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865", hex(okm));
  }

  @Test
  void hkdfWithEmptySaltAndInfoMatchesRfc5869TestCase3() {
    byte[] okm = crypto.hkdfSha256(repeat(0x0b, 22), new byte[0], new byte[0], 42);
    assertEquals("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8", hex(okm));
  }

  @Test
  void pbkdf2MatchesRfc7914() {
    assertEquals("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
            + "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783",
        hex(crypto.pbkdf2Sha256(ascii("passwd"), ascii("salt"), 1, 64)));
    assertEquals("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
            + "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d",
        hex(crypto.pbkdf2Sha256(ascii("Password"), ascii("NaCl"), 80000, 64)));
  }

  @Test
  void pbkdf2OverUtf8BytesEqualsSunJcePbkdf2OverChars() throws Exception {
    String passphrase = "Grüße 🐴 密码";
    byte[] salt = hex("000102030405060708090a0b0c0d0e0f");
    SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
    byte[] sunJce = factory.generateSecret(new PBEKeySpec(passphrase.toCharArray(), salt, 1000, 256)).getEncoded();
    assertArrayEquals(sunJce, crypto.pbkdf2Sha256(passphrase.getBytes(StandardCharsets.UTF_8), salt, 1000, 32));
  }

  @Test
  void aesGcmMatchesGcmSpecTestCase16AndOpensBack() throws Exception {
    byte[] key = hex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
    byte[] nonce = hex("cafebabefacedbaddecaf888");
    byte[] aad = hex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
    byte[] plaintext = hex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
        + "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
    byte[] sealed = crypto.insecureAesGcmSealWithNonce(key, nonce, plaintext, aad);
    assertEquals("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
        + "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662" + "76fc6ece0f4e1768cddf8853bb2d551b", hex(sealed));
    assertArrayEquals(plaintext, crypto.aesGcmOpen(key, nonce, sealed, aad));
    byte[] framed = new byte[13 + sealed.length + 2];
    System.arraycopy(sealed, 0, framed, 13, sealed.length);
    assertArrayEquals(plaintext, crypto.aesGcmOpen(key, nonce, framed, 13, sealed.length, aad));
    assertThrows(AuthenticationException.class, () -> crypto.aesGcmOpen(key, nonce, framed, 12, sealed.length, aad));
    assertThrows(IndexOutOfBoundsException.class,
        () -> crypto.aesGcmOpen(key, nonce, framed, 14, sealed.length + 2, aad));
  }

  @Test
  void aesGcmRefusesChangedTagAadOrShortInputWithAuthenticationException() {
    byte[] key = repeat(7, 32);
    byte[] nonce = repeat(9, 12);
    byte[] sealed = crypto.insecureAesGcmSealWithNonce(key, nonce, ascii("secret"), ascii("aad"));
    sealed[sealed.length - 1] ^= 1;
    assertThrows(AuthenticationException.class, () -> crypto.aesGcmOpen(key, nonce, sealed, ascii("aad")));
    sealed[sealed.length - 1] ^= 1;
    assertThrows(AuthenticationException.class, () -> crypto.aesGcmOpen(key, nonce, sealed, ascii("aaD")));
    assertThrows(AuthenticationException.class, () -> crypto.aesGcmOpen(key, nonce, new byte[5], ascii("aad")));
  }

  @Test
  void aesRefusesKeysThatAreNot256Bits() {
    assertThrows(IllegalArgumentException.class,
        () -> crypto.insecureAesGcmSealWithNonce(new byte[16], new byte[12], new byte[1], new byte[0]));
  }

  @Test
  void randomBytesHaveTheLengthAskedAndDiffer() {
    assertEquals(32, crypto.randomBytes(32).length);
    assertEquals(false, java.util.Arrays.equals(crypto.randomBytes(32), crypto.randomBytes(32)));
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] repeat(int value, int length) {
    byte[] out = new byte[length];
    java.util.Arrays.fill(out, (byte) value);
    return out;
  }

  private static byte[] hex(String hex) {
    byte[] out = new byte[hex.length() / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    return out;
  }

  private static String hex(byte[] data) {
    StringBuilder out = new StringBuilder();
    for (byte b : data) {
      out.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
    }
    return out.toString();
  }
}

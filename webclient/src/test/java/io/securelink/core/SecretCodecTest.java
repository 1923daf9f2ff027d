package io.securelink.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.securelink.core.jce.JceCrypto;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Round trips through seal, parse and open, byte-exact, for the texts and sizes users share. */
class SecretCodecTest {

  private static final String ORIGIN = "https://securelink.example";
  private final JceCrypto crypto = new JceCrypto();
  private final SecretCodec codec = new SecretCodec(crypto);

  @Test
  void textsSurviveByteExact() throws Exception {
    String[] texts = {"a", "plain ASCII secret", "Grüße, Jörg — Ünïcödé", "🔐 👩\u200D👩\u200D👧\u200D👦 🇩🇪 🏳️\u200D🌈",
        "line one\r\nline two\r\n", "nul\u0000inside\u0000", "שלום עולם", "مرحبا بالعالم", VectorFileWriter.NON_ASCII_TEXT,
        VectorFileWriter.PEM_TEXT, " padded with spaces ", "\uFEFFbom first", "e\u0301 vs \u00e9"};
    for (String text : texts) {
      Payload opened = roundTrip(Payload.text(text));
      assertEquals(text, opened.text());
      assertArrayEquals(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), opened.content());
    }
  }

  @Test
  void aFileSurvivesWithNameAndType() throws Exception {
    byte[] content = new byte[70_000];
    new Random(3).nextBytes(content);
    Payload opened = roundTrip(Payload.file("Bericht März 📄.pdf", "application/pdf", content));
    assertFalse(opened.isText());
    assertEquals("Bericht März 📄.pdf", opened.fileName());
    assertEquals("application/pdf", opened.mediaType());
    assertArrayEquals(content, opened.content());
  }

  @Test
  void everySizeAroundEveryBucketBoundarySurvives() throws Exception {
    Random random = new Random(4);
    for (int bucket : PaddingTest.buckets()) {
      for (int payloadLength = bucket - 1; payloadLength <= bucket + 1; payloadLength++) {
        int textLength = payloadLength - Payload.TEXT_HEADER_BYTES;
        if (textLength >= 1 && textLength <= Payload.MAX_CONTENT_BYTES) {
          String text = asciiText(random, textLength);
          byte[] envelope = codec.seal(Payload.text(text), null).envelope();
          assertEquals(Padding.paddedLength(payloadLength) + Envelope.OVERHEAD_BYTES, envelope.length);
          assertEquals(text, roundTrip(Payload.text(text)).text(), "text payload of " + payloadLength);
        }
        int fileLength = payloadLength - 8;
        if (fileLength >= 0 && fileLength <= Payload.MAX_CONTENT_BYTES) {
          byte[] content = new byte[fileLength];
          random.nextBytes(content);
          assertArrayEquals(content, roundTrip(Payload.file("f", "", content)).content(), "file payload " + payloadLength);
        }
      }
    }
  }

  @Test
  void theSmallestAndLargestContentSurvive() throws Exception {
    assertEquals("x", roundTrip(Payload.text("x")).text());
    String largest = asciiText(new Random(5), Payload.MAX_CONTENT_BYTES);
    assertEquals(largest, roundTrip(Payload.text(largest)).text());
    byte[] largestFile = new byte[Payload.MAX_CONTENT_BYTES];
    new Random(6).nextBytes(largestFile);
    Sealed sealed = codec.seal(Payload.file("x".repeat(255), "t".repeat(255), largestFile), null);
    assertTrue(sealed.envelope().length <= Envelope.MAX_BYTES);
    assertArrayEquals(largestFile, open(sealed, null).content());
  }

  @Test
  void keysWhoseFirstBytesAreZeroWork() throws Exception {
    for (int zeros = 1; zeros <= 32; zeros += 7) {
      byte[] secret = crypto.randomBytes(LinkKey.SECRET_BYTES);
      for (int i = 0; i < zeros && i < secret.length; i++) {
        secret[i] = 0;
      }
      LinkKey key = LinkKey.insecureFromSecret(secret);
      Sealed sealed = codec.insecureSealWithKeyAndNonce(key, new byte[12], Payload.text("zero"), null);
      LinkKey parsed = LinkKey.parse(sealed.link(ORIGIN));
      assertArrayEquals(secret, parsed.secret());
      assertEquals("zero", codec.open(codec.keys(parsed, null), sealed.envelope()).text());
    }
  }

  @Test
  void sealPicksAFreshSecretAndNonceEachTime() {
    Payload payload = Payload.text("same");
    Sealed first = codec.seal(payload, null);
    Sealed second = codec.seal(payload, null);
    assertNotEquals(first.id(), second.id());
    assertNotEquals(first.key().fragment(), second.key().fragment());
    assertFalse(java.util.Arrays.equals(Bytes.slice(first.envelope(), 1, 12), Bytes.slice(second.envelope(), 1, 12)));
  }

  @Test
  void wireValuesHaveTheirLengthsAndTheIdNeedsNoPassphrase() throws Exception {
    Sealed sealed = codec.seal(Payload.text("lengths"), null);
    assertEquals(22, sealed.id().length());
    assertEquals(43, sealed.proofHash().length());
    LinkKey key = LinkKey.parse(sealed.link(ORIGIN));
    assertEquals(sealed.id(), codec.secretId(key));
    Keys keys = codec.keys(key, null);
    assertEquals(43, keys.proof().length());
    assertEquals(sealed.proofHash(), keys.proofHash());
    assertEquals(Base64Url.encode(crypto.sha256(Base64Url.decode(keys.proof()))), keys.proofHash());
    assertFalse(sealed.hasPassphrase());
    assertEquals("Keys[redacted]", keys.toString());
    assertFalse(sealed.toString().contains(key.fragment().substring(3)));
  }

  @Test
  void theLinkProofComesFromTheLinkAloneAndDiffersFromTheRevealProof() throws Exception {
    Sealed sealed = codec.seal(Payload.text("link proof"), "a passphrase");
    LinkKey key = LinkKey.parse(sealed.link(ORIGIN));
    Keys right = codec.keys(key, "a passphrase");
    Keys wrong = codec.keys(key, "another passphrase");
    Keys none = codec.keys(key, null);
    assertEquals(43, right.linkProof().length());
    assertEquals(43, sealed.linkProofHash().length());
    assertEquals(sealed.linkProofHash(), right.linkProofHash());
    assertEquals(Base64Url.encode(crypto.sha256(Base64Url.decode(right.linkProof()))), sealed.linkProofHash());
    assertEquals(right.linkProof(), wrong.linkProof(), "a wrong passphrase must not change the link proof");
    assertEquals(right.linkProof(), none.linkProof());
    assertNotEquals(right.proof(), wrong.proof());
    assertNotEquals(right.linkProof(), right.proof());
    assertNotEquals(right.linkProof(), none.proof(), "the link proof must not be the reveal proof of M = S");
    Sealed other = codec.seal(Payload.text("link proof"), "a passphrase");
    assertNotEquals(sealed.linkProofHash(), other.linkProofHash());
  }

  private Payload roundTrip(Payload payload) throws Exception {
    Sealed sealed = codec.seal(payload, null);
    return open(sealed, null);
  }

  private Payload open(Sealed sealed, String passphrase) throws Exception {
    LinkKey key = LinkKey.parse(sealed.link(ORIGIN) + ".");
    return codec.open(codec.keys(key, passphrase), sealed.envelope());
  }

  static String asciiText(Random random, int length) {
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = (char) ('!' + random.nextInt(94));
    }
    return new String(chars);
  }
}

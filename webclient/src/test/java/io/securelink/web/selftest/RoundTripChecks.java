package io.securelink.web.selftest;

import io.securelink.core.AuthenticationException;
import io.securelink.core.Crypto;
import io.securelink.core.LinkKey;
import io.securelink.core.Payload;
import io.securelink.core.Sealed;
import io.securelink.core.SecretCodec;

/**
 * Secrets sealed and opened through {@link SecretCodec}, as the page does: texts and files must come back byte
 * for byte, and a changed envelope, another secret's envelope or a wrong passphrase must fail. Platform-free.
 */
final class RoundTripChecks {

  private static final int MIB = 1024 * 1024;

  private final Crypto crypto;
  private final SecretCodec codec;

  private RoundTripChecks(Crypto crypto) {
    this.crypto = crypto;
    this.codec = new SecretCodec(crypto);
  }

  static void register(CheckRunner checks, Crypto crypto) {
    RoundTripChecks roundTrips = new RoundTripChecks(crypto);
    roundTrips.texts(checks);
    roundTrips.files(checks);
    roundTrips.passphrases(checks);
    roundTrips.tampering(checks);
  }

  private void texts(CheckRunner checks) {
    checks.run("text-ascii", () -> sameText("The API key is sk_live_0123456789"));
    checks.run("text-non-ascii-c03", () -> sameText(SampleTexts.NON_ASCII));
    checks.run("text-pem-crlf-c03", () -> sameText(SampleTexts.PEM_CRLF));
    checks.run("text-single-byte", () -> sameText("x"));
    checks.run("text-blank-rejected", () -> {
      String blank = " \t\r\n\u00a0\u3000";
      Expect.isTrue(Payload.isBlank(blank), "isBlank");
      Expect.rejectsArgument(() -> Payload.text(blank), "sealing blank text");
    });
    checks.run("text-via-link", () -> {
      Sealed sealed = codec.seal(Payload.text(SampleTexts.NON_ASCII), null);
      LinkKey parsed = LinkKey.parse(sealed.link("https://securelink.example") + ").");
      Payload opened = codec.open(codec.keys(parsed, null), sealed.envelope());
      Expect.equalBytes(Payload.text(SampleTexts.NON_ASCII).content(), opened.content(), "text");
    });
  }

  private void files(CheckRunner checks) {
    checks.run("file-every-byte-value", () -> {
      byte[] content = new byte[256 * 4];
      for (int i = 0; i < content.length; i++) {
        content[i] = (byte) i;
      }
      sameFile("bytes.bin", "application/octet-stream", content);
    });
    checks.run("file-1-mib", () -> sameFile("Bericht März.pdf", "application/pdf", crypto.randomBytes(MIB)));
    checks.run("file-4-mib-limit", () ->
        sameFile("backup.tar", "", crypto.randomBytes(Payload.MAX_CONTENT_BYTES)));
    checks.run("file-over-limit-rejected", () -> Expect.rejectsArgument(
        () -> Payload.file("big.bin", "", new byte[Payload.MAX_CONTENT_BYTES + 1]), "4 MiB + 1 byte"));
  }

  private void passphrases(CheckRunner checks) {
    Sealed sealed = codec.seal(Payload.text(SampleTexts.PEM_CRLF), SampleTexts.PASSPHRASE);
    checks.run("passphrase-round-trip", () -> Expect.equalBytes(
        Payload.text(SampleTexts.PEM_CRLF).content(),
        codec.open(codec.keys(sealed.key(), SampleTexts.PASSPHRASE), sealed.envelope()).content(), "text"));
    checks.run("passphrase-id-needs-no-passphrase", () -> Expect.isTrue(
        codec.secretId(sealed.key()).equals(sealed.id()), "secretId differs from the sealed id"));
    checks.run("passphrase-wrong-fails", () -> Expect.authenticationFails(
        () -> codec.open(codec.keys(sealed.key(), SampleTexts.PASSPHRASE + " "), sealed.envelope()),
        "wrong passphrase"));
    checks.run("passphrase-missing-fails", () -> Expect.authenticationFails(
        () -> codec.open(codec.keys(sealed.key(), null), sealed.envelope()), "no passphrase"));
  }

  private void tampering(CheckRunner checks) {
    Sealed sealed = codec.seal(Payload.text("tamper with me"), null);
    checks.runCounted("tamper-every-envelope-byte-fails", () -> {
      byte[] envelope = sealed.envelope();
      for (int i = 0; i < envelope.length; i++) {
        byte[] tampered = envelope.clone();
        tampered[i] ^= 0x01;
        Expect.authenticationFails(() -> codec.open(codec.keys(sealed.key(), null), tampered), "byte " + i);
      }
      return envelope.length;
    });
    checks.run("tamper-swapped-envelopes-fail", () -> {
      Sealed other = codec.seal(Payload.text("tamper with me"), null);
      Expect.authenticationFails(
          () -> codec.open(codec.keys(sealed.key(), null), other.envelope()), "another secret's envelope");
    });
  }

  private void sameText(String text) throws AuthenticationException {
    Payload opened = sealAndOpen(Payload.text(text));
    Expect.isTrue(opened.isText(), "opened a file, not a text");
    Expect.equalBytes(Payload.text(text).content(), opened.content(), "UTF-8 of the text");
    Expect.isTrue(text.equals(opened.text()), "the text differs");
  }

  private void sameFile(String name, String mediaType, byte[] content) throws AuthenticationException {
    Payload opened = sealAndOpen(Payload.file(name, mediaType, content));
    Expect.isTrue(!opened.isText(), "opened a text, not a file");
    Expect.isTrue(name.equals(opened.fileName()), "the file name differs");
    Expect.isTrue(mediaType.equals(opened.mediaType()), "the media type differs");
    Expect.equalBytes(content, opened.content(), "file content");
  }

  private Payload sealAndOpen(Payload payload) throws AuthenticationException {
    Sealed sealed = codec.seal(payload, null);
    return codec.open(codec.keys(sealed.key(), null), sealed.envelope());
  }
}

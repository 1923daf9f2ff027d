package io.securelink.web.selftest;

import io.securelink.core.Base64Url;
import io.securelink.core.Crypto;
import io.securelink.core.LinkKey;
import io.securelink.core.Payload;
import io.securelink.core.Sealed;
import io.securelink.core.SecretCodec;

/**
 * Secrets crossing between the bindings, beyond the fixed vectors: the JVM side seals two secrets with JceCrypto
 * and serves them as interop.txt for the browser to open; the browser seals one and reports it for the JVM side
 * to open ({@code WebCryptoBrowserTest}).
 *
 * <p>interop.txt has four lines: link and base64url envelope of {@link SampleTexts#NON_ASCII} without a
 * passphrase, then of {@link SampleTexts#PEM_CRLF} with {@link SampleTexts#PASSPHRASE}.
 */
final class InteropChecks {

  /** The origin of links sealed for interoperability: any https origin does, the key is in the fragment. */
  static final String ORIGIN = "https://securelink.example";

  private InteropChecks() {}

  static void register(CheckRunner checks, Crypto crypto) {
    SecretCodec codec = new SecretCodec(crypto);
    checks.runCounted("interop-opens-jvm-sealed", () -> {
      String[] lines = Fetch.text("interop.txt").split("\n");
      Expect.isTrue(lines.length == 4, "interop.txt has " + lines.length + " lines, not 4");
      sameText(codec, lines[0], lines[1], null, SampleTexts.NON_ASCII);
      sameText(codec, lines[2], lines[3], SampleTexts.PASSPHRASE, SampleTexts.PEM_CRLF);
      return 2;
    });
    // Test data only: this link protects a sample text, so reporting it is harmless.
    checks.runDescribed("interop-browser-sealed", () -> {
      Sealed sealed = codec.seal(Payload.text(SampleTexts.NON_ASCII), SampleTexts.PASSPHRASE);
      return sealed.link(ORIGIN) + " " + Base64Url.encode(sealed.envelope());
    });
  }

  private static void sameText(SecretCodec codec, String link, String envelope, String passphrase, String text)
      throws Exception {
    Payload opened = codec.open(codec.keys(LinkKey.parse(link), passphrase), Base64Url.decode(envelope));
    Expect.isTrue(opened.isText() && text.equals(opened.text()), "the JVM-sealed text differs");
  }
}

package io.securelink.web.selftest;

/** Texts that must come back byte for byte, shared by the browser self-test and its JVM side. */
public final class SampleTexts {

  /** Case c03: umlauts, CJK, emoji with ZWJ sequences and a flag, CR LF, NUL and right-to-left text. */
  public static final String NON_ASCII =
      "Grüße, Jörg — 密码: Ünïcödé 🔐 👩\u200d👩\u200d👧\u200d👦 🇩🇪\r\n\u0000שלום עולם";

  /** Case c03: a PEM block with CR LF line endings and a trailing newline. */
  public static final String PEM_CRLF = "-----BEGIN PRIVATE KEY-----\r\n"
      + "MC4CAQAwBQYDK2VwBCIEIBxUq3ppTKh3N0v6k5l0Yp3q0lYp6n3Q9WmRhcJ1Nqxz\r\n"
      + "-----END PRIVATE KEY-----\r\n";

  /** The passphrase of the passphrase-protected interoperability secret. */
  public static final String PASSPHRASE = "korrekt Pferd Batterie Heftklammer ✓";

  private SampleTexts() {}
}

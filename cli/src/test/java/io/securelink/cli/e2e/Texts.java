package io.securelink.cli.e2e;

/** The texts of the reported cases, spelled with escapes where a glyph would hide what it is made of. */
final class Texts {

  /** Case c03: umlauts, CJK, emoji with a ZWJ family and a flag, CR LF, NUL, then right-to-left Hebrew. */
  static final String C03 = "Grüße, Jörg — 密码: Ünïcödé \uD83D\uDD10 "
      + "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66 \uD83C\uDDE9\uD83C\uDDEA"
      + "\r\n\u0000שלום עולם";

  /** Case c03's second user: a PEM private key with CR LF line endings and a trailing newline. */
  static final String PEM_CRLF = "-----BEGIN PRIVATE KEY-----\r\n"
      + "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\r\n"
      + "MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu\r\n"
      + "-----END PRIVATE KEY-----\r\n";

  private Texts() {}
}

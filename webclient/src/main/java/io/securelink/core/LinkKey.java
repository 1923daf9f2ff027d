package io.securelink.core;

/**
 * The link secret S and its spelling in the URL fragment, FORMAT.md §Link.
 *
 * <p>Fragment: {@code "v1." + base64url(S || CRC-32(S) big-endian)}, exactly {@value #FRAGMENT_PREFIX} plus 48
 * characters. The CRC lets {@link #parse} tell a damaged link from a valid one before any request is made; the
 * maximal-run rule lets it ignore what mail and chat clients append ({@code .}, {@code )}, {@code &utm_source=…}).
 *
 * <p>Holds key material: the bytes are copied in and out, {@link #toString} is redacted, and there is no
 * {@code equals}.
 */
public final class LinkKey {

  /** Length of the link secret S in bytes. */
  public static final int SECRET_BYTES = 32;
  /** Length of the CRC-32 check that follows S inside the fragment. */
  static final int CHECK_BYTES = 4;
  /** The format version marker that starts every fragment. */
  public static final String FRAGMENT_PREFIX = "v1.";
  /** Base64url characters after the prefix: 36 bytes spell exactly 48 characters. */
  public static final int ENCODED_KEY_CHARS = 48;

  private final byte[] secret;

  private LinkKey(byte[] secret) {
    if (secret.length != SECRET_BYTES) {
      throw new IllegalArgumentException("A link secret has " + SECRET_BYTES + " bytes, not " + secret.length);
    }
    this.secret = secret.clone();
  }

  /** Returns a new link key with a fresh random secret. */
  static LinkKey generate(Crypto crypto) {
    return new LinkKey(crypto.randomBytes(SECRET_BYTES));
  }

  /** Returns the link key for a given secret; package-private because only vectors pick their own secret. */
  static LinkKey insecureFromSecret(byte[] secret) {
    return new LinkKey(secret);
  }

  /**
   * Returns the key that {@code linkOrFragment} carries: a full link, or only what follows its {@code #}.
   *
   * <p>Everything up to the first {@code #} is ignored, then leading spaces, tabs and line breaks. The rest must
   * start with {@code v1.}, followed by a run of exactly 48 base64url characters whose CRC-32 matches; whatever
   * follows that run (necessarily a non-alphabet character) is ignored.
   *
   * @throws DamagedLinkException if the link is incomplete, damaged, or of a newer format version
   */
  public static LinkKey parse(String linkOrFragment) throws DamagedLinkException {
    if (linkOrFragment == null) {
      throw new NullPointerException("linkOrFragment");
    }
    String fragment = skipLeadingWhitespace(afterFirstHash(linkOrFragment));
    if (!fragment.startsWith(FRAGMENT_PREFIX)) {
      throw isOtherVersion(fragment) ? DamagedLinkException.newerVersion() : DamagedLinkException.damaged();
    }
    int start = FRAGMENT_PREFIX.length();
    int end = start;
    while (end < fragment.length() && Base64Url.isAlphabetChar(fragment.charAt(end))) {
      end++;
    }
    if (end - start != ENCODED_KEY_CHARS) {
      throw DamagedLinkException.damaged();
    }
    byte[] decoded = Base64Url.decode(fragment.substring(start, end));
    byte[] secret = Bytes.slice(decoded, 0, SECRET_BYTES);
    byte[] check = Bytes.slice(decoded, SECRET_BYTES, CHECK_BYTES);
    if (!Bytes.constantTimeEquals(check, Crc32.bigEndian(secret))) {
      throw DamagedLinkException.damaged();
    }
    return new LinkKey(secret);
  }

  /** Returns the fragment that spells this key, without the {@code #}. */
  public String fragment() {
    return FRAGMENT_PREFIX + Base64Url.encode(Bytes.concat(secret, Crc32.bigEndian(secret)));
  }

  /**
   * Returns the link {@code origin + "/#" + fragment()}.
   *
   * @param origin {@code scheme://host[:port]} as in {@code window.location.origin}; one trailing {@code /} is
   *     accepted, a path, query or fragment is not (the link must carry nothing but the key, and only after #)
   */
  public String link(String origin) {
    String base = origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
    int schemeEnd = base.indexOf("://");
    boolean web = base.startsWith("https://") || base.startsWith("http://");
    if (!web || schemeEnd + 3 == base.length() || containsAny(base.substring(schemeEnd + 3), "/?#")) {
      throw new IllegalArgumentException(
          "The origin must look like https://host or https://host:port, with no path, query or fragment");
    }
    return base + "/#" + fragment();
  }

  /** Returns a copy of the secret S. */
  byte[] secret() {
    return secret.clone();
  }

  /** Returns a fixed text: a key must not end up in logs. */
  @Override
  public String toString() {
    return "LinkKey[redacted]";
  }

  private static String afterFirstHash(String text) {
    int hash = text.indexOf('#');
    return hash < 0 ? text : text.substring(hash + 1);
  }

  private static String skipLeadingWhitespace(String text) {
    int i = 0;
    while (i < text.length() && isLinkWhitespace(text.charAt(i))) {
      i++;
    }
    return text.substring(i);
  }

  private static boolean isLinkWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  /** Returns whether {@code fragment} starts like {@code vN.} with a number N (which is then not 1). */
  private static boolean isOtherVersion(String fragment) {
    if (fragment.length() < 3 || fragment.charAt(0) != 'v') {
      return false;
    }
    int i = 1;
    while (i < fragment.length() && fragment.charAt(i) >= '0' && fragment.charAt(i) <= '9') {
      i++;
    }
    return i > 1 && i < fragment.length() && fragment.charAt(i) == '.';
  }

  private static boolean containsAny(String text, String characters) {
    for (int i = 0; i < characters.length(); i++) {
      if (text.indexOf(characters.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}

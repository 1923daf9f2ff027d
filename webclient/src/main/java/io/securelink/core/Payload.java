package io.securelink.core;

/**
 * What a secret holds, FORMAT.md §Payload: a text, or one file with its name and media type. All of it is
 * encrypted; the server learns only the padded size class.
 *
 * <pre>
 * text: 0x01 | u32 length n | n bytes UTF-8
 * file: 0x02 | u8 nameLen (1..255) | name UTF-8 | u8 typeLen (0..255) | type ASCII | u32 length n | n bytes
 * </pre>
 *
 * <p>The factories refuse what could not be shared faithfully (blank text, content over the limit, a file name
 * that could escape a folder) with an {@link IllegalArgumentException} meant for the user. Decoding refuses any
 * malformed byte with the one generic {@link AuthenticationException}, as for a bad tag.
 */
public final class Payload {

  /** The most content a user can share: 4 MiB of text (as UTF-8 bytes) or of file content. */
  public static final int MAX_CONTENT_BYTES = 4 * 1024 * 1024;
  static final byte KIND_TEXT = 0x01;
  static final byte KIND_FILE = 0x02;
  static final int MAX_NAME_BYTES = 255;
  static final int MAX_MEDIA_TYPE_BYTES = 255;
  /** Bytes before the content: the kind and the u32 length. */
  static final int TEXT_HEADER_BYTES = 1 + 4;

  static final String NOTHING_TO_SHARE =
      "There is nothing to share: the text is empty or only spaces and line breaks.";
  private static final String LIMIT = "4 MiB (4194304 bytes)";

  private final byte kind;
  private final String name;
  private final String mediaType;
  /**
   * The content is {@code contentLength} bytes of {@code content} from {@code contentOffset}: a decoded payload
   * keeps the decrypted array it was read from rather than copying up to 4 MiB out of it. The array is never
   * shared: the factories copy their input and {@link #content()} returns a copy.
   */
  private final byte[] content;
  private final int contentOffset;
  private final int contentLength;

  private Payload(byte kind, String name, String mediaType, byte[] content, int contentOffset, int contentLength) {
    this.kind = kind;
    this.name = name;
    this.mediaType = mediaType;
    this.content = content;
    this.contentOffset = contentOffset;
    this.contentLength = contentLength;
  }

  private Payload(byte kind, String name, String mediaType, byte[] content) {
    this(kind, name, mediaType, content, 0, content.length);
  }

  /**
   * Returns a text payload; the text is kept exactly, with no trimming or normalization.
   *
   * @throws IllegalArgumentException if the text is blank (see {@link #isBlank}), larger than
   *     {@link #MAX_CONTENT_BYTES} as UTF-8, or holds a lone surrogate
   */
  public static Payload text(String text) {
    if (isBlank(text)) {
      throw new IllegalArgumentException(NOTHING_TO_SHARE);
    }
    int length = Utf8.encodedLength(text);
    if (length > MAX_CONTENT_BYTES) {
      throw new IllegalArgumentException("The text is too large to share: " + length
          + " bytes as UTF-8, and the limit is " + LIMIT + ".");
    }
    return new Payload(KIND_TEXT, null, null, Utf8.encode(text));
  }

  /**
   * Returns a file payload. {@code mediaType} may be empty when unknown.
   *
   * @throws IllegalArgumentException if the content is larger than {@link #MAX_CONTENT_BYTES}, or the name or
   *     media type is not allowed (see FORMAT.md §Payload)
   */
  public static Payload file(String name, String mediaType, byte[] content) {
    if (content.length > MAX_CONTENT_BYTES) {
      throw new IllegalArgumentException("The file is too large to share: " + content.length
          + " bytes, and the limit is " + LIMIT + ".");
    }
    String nameProblem = FileNames.problem(name);
    if (nameProblem != null) {
      throw new IllegalArgumentException(nameProblem);
    }
    if (!isValidMediaType(mediaType)) {
      throw new IllegalArgumentException(
          "The media type must be at most " + MAX_MEDIA_TYPE_BYTES + " printable ASCII characters.");
    }
    return new Payload(KIND_FILE, name, mediaType, content.clone());
  }

  /** Returns whether {@code text} is empty or every code point in it is white space or a space character. */
  public static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      if (!isWhitespaceOrSpaceChar(codePoint)) {
        return false;
      }
      i += Character.charCount(codePoint);
    }
    return true;
  }

  /**
   * Returns {@code Character.isWhitespace(c) || Character.isSpaceChar(c)}, spelled out: Java's whitespace controls
   * (U+0009 to U+000D, U+001C to U+001F) and Unicode's space, line and paragraph separators (Zs, Zl, Zp). TeaVM
   * implements isSpaceChar with Unicode tables that cost the page 4.5 KB gzip (docs/BENCHMARKS.md, P2);
   * PayloadTest checks this against the JDK for every code point.
   */
  private static boolean isWhitespaceOrSpaceChar(int c) {
    return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) || c == 0xa0 || c == 0x1680
        || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f
        || c == 0x3000;
  }

  /** Returns whether this payload is a text (otherwise it is a file). */
  public boolean isText() {
    return kind == KIND_TEXT;
  }

  /** Returns the text, exactly as it was sealed. */
  public String text() {
    requireKind(KIND_TEXT);
    return Utf8.decodeOrNull(content, contentOffset, contentLength);
  }

  /** Returns the file's name. */
  public String fileName() {
    requireKind(KIND_FILE);
    return name;
  }

  /** Returns the file's media type, empty when unknown. */
  public String mediaType() {
    requireKind(KIND_FILE);
    return mediaType;
  }

  /** Returns a copy of the content: the file's bytes, or the text as UTF-8. */
  public byte[] content() {
    byte[] copy = new byte[contentLength];
    System.arraycopy(content, contentOffset, copy, 0, contentLength);
    return copy;
  }

  /** Returns the content's length in bytes. */
  public int contentLength() {
    return contentLength;
  }

  /** Returns the kind only: content and names stay out of logs. */
  @Override
  public String toString() {
    return isText() ? "Payload[text]" : "Payload[file]";
  }

  /** Returns the encoded payload's length in bytes. */
  int encodedLength() {
    if (isText()) {
      return TEXT_HEADER_BYTES + contentLength;
    }
    return 1 + 1 + Utf8.encodedLength(name) + 1 + mediaType.length() + 4 + contentLength;
  }

  /** Returns the payload bytes of FORMAT.md §Payload, before padding. */
  byte[] encode() {
    return encodeFollowedByZeros(encodedLength());
  }

  /** Returns the payload bytes padded to their bucket, as {@code Padding.pad(encode())} but with one copy less. */
  byte[] encodePadded() {
    return encodeFollowedByZeros(Padding.paddedLength(encodedLength()));
  }

  private byte[] encodeFollowedByZeros(int arrayLength) {
    PayloadWriter out = new PayloadWriter(encodedLength(), arrayLength);
    out.u8(kind);
    if (!isText()) {
      byte[] nameBytes = Utf8.encode(name);
      out.u8(nameBytes.length);
      out.bytes(nameBytes);
      out.u8(mediaType.length());
      out.bytes(Utf8.encode(mediaType));
    }
    out.u32(contentLength);
    out.bytes(content, contentOffset, contentLength);
    return out.toByteArray();
  }

  /**
   * Returns the payload at the start of {@code padded}; the bytes after it are left for {@link Padding} to check.
   * The payload reads its content from {@code padded} in place, so the caller hands the array over and must not
   * change it afterwards.
   *
   * @throws AuthenticationException if the bytes are not a well-formed payload
   */
  static Payload decodeFrom(byte[] padded) throws AuthenticationException {
    PayloadReader in = new PayloadReader(padded);
    int kind = in.u8();
    if (kind == KIND_TEXT) {
      int length = in.length(MAX_CONTENT_BYTES);
      int offset = in.skip(length);
      if (Utf8.decodeOrNull(padded, offset, length) == null) {
        throw OpenFailure.generic();
      }
      return new Payload(KIND_TEXT, null, null, padded, offset, length);
    }
    if (kind != KIND_FILE) {
      throw OpenFailure.generic();
    }
    byte[] nameBytes = in.bytes(in.u8());
    String name = Utf8.decodeOrNull(nameBytes, 0, nameBytes.length);
    if (name == null || FileNames.problem(name) != null) {
      throw OpenFailure.generic();
    }
    byte[] typeBytes = in.bytes(in.u8());
    String mediaType = Utf8.decodeOrNull(typeBytes, 0, typeBytes.length);
    if (mediaType == null || !isValidMediaType(mediaType)) {
      throw OpenFailure.generic();
    }
    int length = in.length(MAX_CONTENT_BYTES);
    return new Payload(KIND_FILE, name, mediaType, padded, in.skip(length), length);
  }

  private static boolean isValidMediaType(String mediaType) {
    if (mediaType.length() > MAX_MEDIA_TYPE_BYTES) {
      return false;
    }
    for (int i = 0; i < mediaType.length(); i++) {
      char c = mediaType.charAt(i);
      if (c < 0x20 || c > 0x7E) {
        return false;
      }
    }
    return true;
  }

  private void requireKind(byte expected) {
    if (kind != expected) {
      throw new IllegalStateException(isText() ? "This payload is a text, not a file" : "This payload is a file");
    }
  }
}

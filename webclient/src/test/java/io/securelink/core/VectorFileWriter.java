package io.securelink.core;

import io.securelink.core.jce.JceCrypto;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes docs/format-vectors.json. Run from webclient/ after a format change, then check the diff:
 * {@code java -cp target/classes:target/test-classes io.securelink.core.VectorFileWriter ../docs/format-vectors.json}
 *
 * <p>Secrets and nonces are SHA-256 of fixed labels, so the file is reproducible. The must-fail envelopes are
 * built here byte by byte, sealed under the right key, so each one fails for exactly the reason its name gives.
 */
final class VectorFileWriter {

  private final JceCrypto crypto = new JceCrypto();
  private final SecretCodec codec = new SecretCodec(crypto);
  private final KeyDerivation derivation = new KeyDerivation(crypto);

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: VectorFileWriter <output file>");
    }
    String text = new VectorFileWriter().document();
    VectorSuite.run(new JceCrypto(), text);
    Files.write(Path.of(args[0]), text.getBytes(StandardCharsets.UTF_8));
  }

  private String document() {
    byte[] zeroStart = fixed("secret zero start", 32);
    zeroStart[0] = 0;
    zeroStart[1] = 0;
    zeroStart[2] = 0;
    byte[] unicodeSecret = fixed("secret unicode", 32);
    byte[] passphraseSecret = fixed("secret passphrase", 32);
    StringBuilder out = new StringBuilder("{\n");
    member(out, "description", "SecureLink format v1 test vectors; see docs/FORMAT.md, section Test vectors.");
    out.append(",\n");
    member(out, "formatVersion", 1L);
    out.append(",\n");
    section(out, "base64url", base64url(), false);
    section(out, "invalidBase64url", invalidBase64url(), false);
    section(out, "sealed", List.of(
        sealed("text, ASCII, secret starting with 0x00 bytes", zeroStart, null,
            Payload.text("Hello, SecureLink!"), "nonce 1"),
        sealed("text, non-ASCII: umlauts, CJK, emoji ZWJ sequence, flag, CRLF, NUL, right-to-left", unicodeSecret,
            null, Payload.text(NON_ASCII_TEXT), "nonce 2"),
        sealed("text, PEM with CRLF and a final newline, non-ASCII passphrase", passphraseSecret, PASSPHRASE,
            Payload.text(PEM_TEXT), "nonce 3"),
        sealed("file with a non-ASCII name and a media type", fixed("secret file", 32), null,
            Payload.file("Bericht März 2024 📄.pdf", "application/pdf", fixed("file content", 200)), "nonce 4"),
        sealed("file, empty content and no media type", fixed("secret empty file", 32), null,
            Payload.file("empty.bin", "", new byte[0]), "nonce 5"),
        sealed("text just over the first bucket: padded to 2048", fixed("secret 2048", 32), null,
            Payload.text(repeat("0123456789abcdef", 64) + "!"), "nonce 6")), false);
    section(out, "links", links(zeroStart), false);
    section(out, "damagedLinks", damagedLinks(zeroStart), false);
    section(out, "invalidEnvelopes", invalidEnvelopes(zeroStart, unicodeSecret, passphraseSecret), true);
    return out.append("}\n").toString();
  }

  static final String NON_ASCII_TEXT = "Grüße, Jörg — 密码: Ünïcödé 🔐 👩\u200D👩\u200D👧\u200D👦 🇩🇪\r\n\u0000"
      + "שלום עולם";
  static final String PEM_TEXT =
      "-----BEGIN PRIVATE KEY-----\r\nMC4CAQAwBQYDK2VwBCIEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\r\n"
          + "-----END PRIVATE KEY-----\r\n";
  static final String PASSPHRASE = "correct horse — Pferd 🐴 Batterie";

  private Map<String, Object> sealed(String name, byte[] secret, String passphrase, Payload payload, String nonce) {
    LinkKey key = LinkKey.insecureFromSecret(secret);
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("name", name);
    v.put("secret", Hex.encode(secret));
    v.put("passphrase", passphrase);
    v.put("fragment", key.fragment());
    v.put("id", codec.secretId(key));
    byte[] linkProof = derivation.linkProof(secret);
    v.put("linkProof", Base64Url.encode(linkProof));
    v.put("linkProofHash", Base64Url.encode(crypto.sha256(linkProof)));
    byte[] master = secret;
    if (passphrase == null) {
      v.put("passphraseSalt", null);
      v.put("stretchedPassphrase", null);
    } else {
      byte[] salt = derivation.passphraseSalt(secret);
      byte[] stretched = derivation.stretchedPassphrase(passphrase, salt);
      master = derivation.combine(secret, stretched);
      v.put("passphraseSalt", Hex.encode(salt));
      v.put("stretchedPassphrase", Hex.encode(stretched));
    }
    v.put("master", Hex.encode(master));
    v.put("aesKey", Hex.encode(derivation.aesKey(master)));
    byte[] proof = derivation.proof(master);
    v.put("proof", Base64Url.encode(proof));
    v.put("proofHash", Base64Url.encode(crypto.sha256(proof)));
    v.put("payload", payloadJson(payload));
    v.put("payloadBytes", Hex.encode(payload.encode()));
    v.put("paddedLength", (long) Padding.paddedLength(payload.encodedLength()));
    byte[] nonceBytes = fixed(nonce, Envelope.NONCE_BYTES);
    v.put("nonce", Hex.encode(nonceBytes));
    Sealed sealed = codec.insecureSealWithKeyAndNonce(key, nonceBytes, payload, passphrase);
    v.put("envelope", Base64Url.encode(sealed.envelope()));
    return v;
  }

  private static Map<String, Object> payloadJson(Payload payload) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("kind", payload.isText() ? "text" : "file");
    if (payload.isText()) {
      p.put("text", payload.text());
    } else {
      p.put("name", payload.fileName());
      p.put("mediaType", payload.mediaType());
      p.put("content", Hex.encode(payload.content()));
    }
    return p;
  }

  private static List<Map<String, Object>> base64url() {
    List<Map<String, Object>> list = new ArrayList<>();
    String[][] pairs = {
        {"", ""}, {"00", "AA"}, {"0000", "AAA"}, {"000000", "AAAA"}, {"ff", "_w"}, {"fbff", "-_8"},
        {"ffffff", "____"}, {"14fb9c03d97e", "FPucA9l-"}, {"14fb9c03d9", "FPucA9k"}, {"14fb9c03", "FPucAw"}};
    for (String[] pair : pairs) {
      list.add(entry("bytes", pair[0], "text", pair[1]));
    }
    return list;
  }

  private static List<Map<String, Object>> invalidBase64url() {
    List<Map<String, Object>> list = new ArrayList<>();
    String[][] cases = {
        {"character outside the alphabet", "ab$d"},
        {"standard base64 '+'", "ab+d"},
        {"standard base64 '/'", "ab/d"},
        {"padding", "AA=="},
        {"single padding", "AAA="},
        {"white space", "AA AA"},
        {"line break", "AAAA\nAAAA"},
        {"a lone final character", "AAAAA"},
        {"one character", "A"},
        {"non-zero unused bits after one byte", "AB"},
        {"non-zero unused bits after two bytes", "AAB"},
        {"non-ASCII letter", "AAÄA"},
    };
    for (String[] invalid : cases) {
      list.add(entry("name", invalid[0], "text", invalid[1]));
    }
    return list;
  }

  /** Returns an object with the given members, in order: name, value, name, value… */
  private static Map<String, Object> entry(Object... namesAndValues) {
    Map<String, Object> v = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      v.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return v;
  }

  private static List<Map<String, Object>> links(byte[] secret) {
    String fragment = LinkKey.insecureFromSecret(secret).fragment();
    String link = "https://securelink.example/#" + fragment;
    List<Map<String, Object>> list = new ArrayList<>();
    list.add(link("full link", link, fragment));
    list.add(link("bare fragment", fragment, fragment));
    list.add(link("fragment with its #", "#" + fragment, fragment));
    list.add(link("full link with a port", "http://127.0.0.1:8080/#" + fragment, fragment));
    list.add(link("final full stop", link + ".", fragment));
    list.add(link("closing parenthesis", "(" + link + ")", fragment));
    list.add(link("angle brackets of a mail client", "<" + link + ">", fragment));
    list.add(link("tracking parameter appended", link + "&utm_source=newsletter", fragment));
    list.add(link("padding character appended", link + "=", fragment));
    list.add(link("trailing white space and line break", link + " \r\n", fragment));
    list.add(link("leading white space before a bare fragment", " \t" + fragment, fragment));
    list.add(link("quoted", "\"" + link + "\"", fragment));
    list.add(link("second # and more after the key", link + "#v1.x", fragment));
    return list;
  }

  private static Map<String, Object> link(String name, String input, String fragment) {
    return entry("name", name, "input", input, "fragment", fragment);
  }

  private static List<Map<String, Object>> damagedLinks(byte[] secret) {
    String fragment = LinkKey.insecureFromSecret(secret).fragment();
    String key = fragment.substring(3);
    String base = "https://securelink.example/#";
    char changed = key.charAt(20) == 'A' ? 'B' : 'A';
    List<Map<String, Object>> list = new ArrayList<>();
    list.add(damaged("one character lost", base + "v1." + key.substring(0, 20) + key.substring(21), "damaged"));
    list.add(damaged("one character changed",
        base + "v1." + key.substring(0, 20) + changed + key.substring(21), "damaged"));
    int swap = firstDifferingPair(key, 20);
    list.add(damaged("two neighbouring characters swapped",
        base + "v1." + key.substring(0, swap) + key.charAt(swap + 1) + key.charAt(swap) + key.substring(swap + 2),
        "damaged"));
    list.add(damaged("last character cut off", base + fragment.substring(0, fragment.length() - 1), "damaged"));
    list.add(damaged("cut in half", base + fragment.substring(0, 27), "damaged"));
    list.add(damaged("one character added", base + fragment + "A", "damaged"));
    list.add(damaged("base64url junk appended", base + fragment + "_utm", "damaged"));
    list.add(damaged("key only, no version", base + key, "damaged"));
    list.add(damaged("version without its dot", base + "v1" + key, "damaged"));
    list.add(damaged("upper-case version", base + "V1." + key, "damaged"));
    list.add(damaged("nothing after #", base, "damaged"));
    list.add(damaged("no fragment at all", "https://securelink.example/", "damaged"));
    list.add(damaged("empty input", "", "damaged"));
    list.add(damaged("a character replaced by a space", base + "v1." + key.substring(0, 20) + " "
        + key.substring(21), "damaged"));
    list.add(damaged("newer version 2", base + "v2." + key, "newer version"));
    list.add(damaged("newer version 10", base + "v10." + key + "AAAA", "newer version"));
    return list;
  }

  /** Returns the first index from {@code from} whose character differs from the next one. */
  private static int firstDifferingPair(String key, int from) {
    int i = from;
    while (key.charAt(i) == key.charAt(i + 1)) {
      i++;
    }
    return i;
  }

  private static Map<String, Object> damaged(String name, String input, String reason) {
    return entry("name", name, "input", input, "reason", reason);
  }

  private List<Map<String, Object>> invalidEnvelopes(byte[] secret, byte[] otherSecret, byte[] passphraseSecret) {
    byte[] idBytes = derivation.idBytes(secret);
    byte[] aesKey = derivation.aesKey(secret);
    byte[] aad = Envelope.associatedData(idBytes);
    byte[] good = envelope(aesKey, aad, Padding.pad(Payload.text("Hello, SecureLink!").encode()));
    List<Map<String, Object>> list = new ArrayList<>();
    list.add(invalid("tag: last byte changed", secret, null, flip(good, good.length - 1)));
    list.add(invalid("ciphertext: first byte changed", secret, null, flip(good, 13)));
    list.add(invalid("nonce: first byte changed", secret, null, flip(good, 1)));
    list.add(invalid("version byte 0x02", secret, null, replace(good, 0, (byte) 2)));
    list.add(invalid("version byte 0x00", secret, null, replace(good, 0, (byte) 0)));
    list.add(invalid("one byte cut off", secret, null, Bytes.slice(good, 0, good.length - 1)));
    list.add(invalid("one zero byte appended", secret, null, Bytes.concat(good, new byte[1])));
    list.add(invalid("only version and nonce", secret, null, Bytes.slice(good, 0, 13)));
    list.add(invalid("another secret's envelope (swapped by the server)", secret, null,
        envelope(derivation.aesKey(otherSecret), Envelope.associatedData(derivation.idBytes(otherSecret)),
            Padding.pad(Payload.text("Hello, SecureLink!").encode()))));
    list.add(invalid("right key, another id in the associated data", secret, null,
        envelope(aesKey, Envelope.associatedData(derivation.idBytes(otherSecret)),
            Padding.pad(Payload.text("Hello, SecureLink!").encode()))));
    list.add(invalid("right key, associated data without the version byte", secret, null,
        envelope(aesKey, idBytes, Padding.pad(Payload.text("Hello, SecureLink!").encode()))));
    list.add(invalid("right key, empty associated data", secret, null,
        envelope(aesKey, new byte[0], Padding.pad(Payload.text("Hello, SecureLink!").encode()))));
    list.add(invalid("padded to 1025 bytes, not a bucket", secret, null,
        envelope(aesKey, aad, padTo(Payload.text("Hello, SecureLink!").encode(), 1025))));
    list.add(invalid("padded to 1023 bytes, below the smallest bucket", secret, null,
        envelope(aesKey, aad, padTo(Payload.text("Hello, SecureLink!").encode(), 1023))));
    list.add(invalid("padded to 2048 bytes, a bucket but not the smallest that fits", secret, null,
        envelope(aesKey, aad, padTo(Payload.text("Hello, SecureLink!").encode(), 2048))));
    byte[] nonZeroPadding = Padding.pad(Payload.text("Hello, SecureLink!").encode());
    nonZeroPadding[nonZeroPadding.length - 1] = 1;
    list.add(invalid("a non-zero padding byte", secret, null, envelope(aesKey, aad, nonZeroPadding)));
    for (String[] malformed : MALFORMED_PAYLOADS) {
      list.add(invalid(malformed[0], secret, null, envelope(aesKey, aad, Padding.pad(hex(malformed[1])))));
    }
    byte[] withPassphrase = Base64Url.decode((String) sealed("", passphraseSecret, PASSPHRASE,
        Payload.text(PEM_TEXT), "nonce 3").get("envelope"));
    list.add(invalid("wrong passphrase", passphraseSecret, "correct horse — pferd 🐴 Batterie", withPassphrase));
    list.add(invalid("passphrase missing", passphraseSecret, null, withPassphrase));
    return list;
  }

  /** Payload bytes that break one rule each, as name and hex; sealed under the right key and padded. */
  private static final String[][] MALFORMED_PAYLOADS = {
      {"kind 0x00", "000000000141"},
      {"kind 0x03", "030000000141"},
      {"text length past the padded end", "01000003ff41"},
      {"text length 0xffffffff", "01ffffffff41"},
      {"text length over the content limit", "010040000141"},
      {"text length shorter than the text (non-zero byte in the padding)", "01000000014142"},
      {"text: overlong UTF-8 for '/'", "0100000002c0af"},
      {"text: UTF-8 of a surrogate U+D800", "0100000003eda080"},
      {"text: truncated UTF-8 sequence", "0100000002e282"},
      {"text: code point above U+10FFFF", "0100000004f4908080"},
      {"file: empty name", "02000000000000"},
      {"file: name with '/'", "0203612f620000000000"},
      {"file: name with '\\'", "0203615c620000000000"},
      {"file: name '..'", "02022e2e0000000000"},
      {"file: name with a line feed", "0203610a620000000000"},
      {"file: name with U+0085, a C1 control", "020361c2850000000000"},
      {"file: name U+202E gnp.exe, a right-to-left override that displays as exe.png",
          "020ae280ae676e702e6578650000000000"},
      {"file: name with U+200E, a left-to-right mark", "020561e2808e620000000000"},
      {"file: name with U+2066, a left-to-right isolate", "020561e281a6620000000000"},
      {"file: name with U+061C, an Arabic letter mark", "020461d89c620000000000"},
      {"file: name not UTF-8", "0201ff0000000000"},
      {"file: media type with a non-ASCII byte", "02016102c3a400000000"},
      {"file: media type with a tab", "02016102096100000000"},
      {"file: content length past the padded end", "0201610000000401"},
  };

  private static Map<String, Object> invalid(String name, byte[] secret, String passphrase, byte[] envelope) {
    return entry("name", name, "secret", Hex.encode(secret), "passphrase", passphrase,
        "envelope", Base64Url.encode(envelope));
  }

  /** Returns an envelope assembled here, so any associated data and padded plaintext can be sealed. */
  private byte[] envelope(byte[] aesKey, byte[] associatedData, byte[] padded) {
    byte[] nonce = fixed("invalid envelope nonce", Envelope.NONCE_BYTES);
    byte[] sealed = crypto.insecureAesGcmSealWithNonce(aesKey, nonce, padded, associatedData);
    return Bytes.concat(Bytes.concat(new byte[] {Envelope.FORMAT_VERSION}, nonce), sealed);
  }

  private static byte[] padTo(byte[] payload, int length) {
    byte[] padded = new byte[length];
    System.arraycopy(payload, 0, padded, 0, payload.length);
    return padded;
  }

  private static byte[] flip(byte[] data, int index) {
    return replace(data, index, (byte) (data[index] ^ 0x01));
  }

  private static byte[] replace(byte[] data, int index, byte value) {
    byte[] copy = data.clone();
    copy[index] = value;
    return copy;
  }

  private static byte[] hex(String hex) {
    return Hex.decode(hex);
  }

  /** Returns {@code length} bytes of SHA-256 over {@code label}: fixed, but without visible structure. */
  private byte[] fixed(String label, int length) {
    byte[] out = new byte[length];
    int written = 0;
    for (int counter = 0; written < length; counter++) {
      byte[] block = crypto.sha256(Utf8.encode(label + " " + counter));
      int take = Math.min(block.length, length - written);
      System.arraycopy(block, 0, out, written, take);
      written += take;
    }
    return out;
  }

  private static String repeat(String text, int times) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < times; i++) {
      out.append(text);
    }
    return out.toString();
  }

  private static void member(StringBuilder out, String name, Object value) {
    out.append("  ").append(Json.write(name)).append(": ").append(Json.write(value));
  }

  /** Writes one array member with one element per line, for readable diffs. */
  private static void section(StringBuilder out, String name, List<Map<String, Object>> entries, boolean last) {
    out.append("  ").append(Json.write(name)).append(": [\n");
    for (int i = 0; i < entries.size(); i++) {
      out.append("    ").append(Json.write(entries.get(i))).append(i + 1 < entries.size() ? ",\n" : "\n");
    }
    out.append(last ? "  ]\n" : "  ],\n");
  }
}

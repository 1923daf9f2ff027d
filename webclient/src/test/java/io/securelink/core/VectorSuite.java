package io.securelink.core;

/**
 * Checks a {@link Crypto} binding and this core against docs/format-vectors.json: every intermediate value of
 * the sealed vectors, and every must-fail vector. Platform-free (no JUnit, files or regex) so the browser tests
 * run the same code under TeaVM with WebCrypto.
 *
 * <p>The file is read strictly: an unknown or missing member fails like a wrong value.
 */
public final class VectorSuite {

  static final int FORMAT_VERSION = 1;

  private final Crypto crypto;
  private final SecretCodec codec;
  private final KeyDerivation derivation;
  private int checked;

  private VectorSuite(Crypto crypto) {
    this.crypto = crypto;
    this.codec = new SecretCodec(crypto);
    this.derivation = new KeyDerivation(crypto);
  }

  /**
   * Runs every vector in {@code vectorsJson} against {@code crypto}.
   *
   * @return the number of vectors checked
   * @throws AssertionError naming the first vector that fails, or the first malformed part of the file
   */
  public static int run(Crypto crypto, String vectorsJson) {
    VectorSuite suite = new VectorSuite(crypto);
    Object document;
    try {
      document = Json.parse(vectorsJson);
    } catch (IllegalArgumentException e) {
      throw new AssertionError("format-vectors: " + e.getMessage());
    }
    VectorFields root = new VectorFields("format-vectors", document);
    root.string("description");
    if (root.integer("formatVersion") != FORMAT_VERSION) {
      throw new AssertionError("format-vectors: unknown formatVersion");
    }
    for (Object entry : root.list("base64url")) {
      suite.checkBase64Url(new VectorFields("base64url", entry));
    }
    for (Object entry : root.list("invalidBase64url")) {
      suite.checkInvalidBase64Url(named("invalidBase64url", entry));
    }
    for (Object entry : root.list("sealed")) {
      suite.checkSealed(named("sealed", entry));
    }
    for (Object entry : root.list("links")) {
      suite.checkLink(named("links", entry));
    }
    for (Object entry : root.list("damagedLinks")) {
      suite.checkDamagedLink(named("damagedLinks", entry));
    }
    for (Object entry : root.list("invalidEnvelopes")) {
      suite.checkInvalidEnvelope(named("invalidEnvelopes", entry));
    }
    root.done();
    if (suite.checked == 0) {
      throw new AssertionError("format-vectors: no vectors");
    }
    return suite.checked;
  }

  private static VectorFields named(String section, Object entry) {
    VectorFields probe = new VectorFields(section, entry);
    return new VectorFields(section + " \"" + probe.string("name") + "\"", entry);
  }

  private void checkBase64Url(VectorFields v) {
    byte[] bytes = v.hex("bytes");
    String text = v.string("text");
    v.done();
    String context = v.context() + " \"" + text + "\"";
    same(context, "encoding", text, Base64Url.encode(bytes));
    try {
      same(context, "decoding", Hex.encode(bytes), Hex.encode(Base64Url.decode(text)));
    } catch (IllegalArgumentException e) {
      throw new AssertionError(context + ": decoding failed: " + e.getMessage());
    }
    checked++;
  }

  private void checkInvalidBase64Url(VectorFields v) {
    v.string("name");
    String text = v.string("text");
    v.done();
    try {
      Base64Url.decode(text);
    } catch (IllegalArgumentException expected) {
      checked++;
      return;
    }
    throw new AssertionError(v.context() + ": decoded, but must be refused");
  }

  private void checkSealed(VectorFields v) {
    v.string("name");
    byte[] secret = v.hex("secret");
    String passphrase = v.stringOrNull("passphrase");
    LinkKey key = LinkKey.insecureFromSecret(secret);
    same(v.context(), "fragment", v.string("fragment"), key.fragment());
    same(v.context(), "fragment parsed back", Hex.encode(secret), Hex.encode(parse(v.context(), key.fragment())));
    String id = v.string("id");
    same(v.context(), "id", id, codec.secretId(key));
    String linkProof = v.string("linkProof");
    same(v.context(), "linkProof", linkProof, Base64Url.encode(derivation.linkProof(secret)));
    String linkProofHash = v.string("linkProofHash");
    same(v.context(), "linkProofHash", linkProofHash,
        Base64Url.encode(crypto.sha256(Base64Url.decode(linkProof))));

    byte[] expectedSalt = v.hexOrNull("passphraseSalt");
    byte[] expectedStretched = v.hexOrNull("stretchedPassphrase");
    byte[] master = derivedMaster(v.context(), secret, passphrase, expectedSalt, expectedStretched);
    same(v.context(), "master", Hex.encode(v.hex("master")), Hex.encode(master));
    same(v.context(), "aesKey", Hex.encode(v.hex("aesKey")), Hex.encode(derivation.aesKey(master)));
    String proof = v.string("proof");
    same(v.context(), "proof", proof, Base64Url.encode(derivation.proof(master)));
    String proofHash = v.string("proofHash");
    same(v.context(), "proofHash", proofHash, Base64Url.encode(crypto.sha256(Base64Url.decode(proof))));

    Keys keys = codec.keys(key, passphrase);
    same(v.context(), "keys id", id, keys.id());
    same(v.context(), "keys proof", proof, keys.proof());
    same(v.context(), "keys proofHash", proofHash, keys.proofHash());
    same(v.context(), "keys linkProof", linkProof, keys.linkProof());
    same(v.context(), "keys linkProofHash", linkProofHash, keys.linkProofHash());
    if (passphrase == null) {
      same(v.context(), "proof with an empty passphrase", proof, codec.keys(key, "").proof());
    } else {
      same(v.context(), "linkProof without the passphrase", linkProof, codec.keys(key, null).linkProof());
    }

    VectorFields expectedPayload = v.object("payload");
    Payload payload = payloadOf(expectedPayload);
    same(v.context(), "payloadBytes", Hex.encode(v.hex("payloadBytes")), Hex.encode(payload.encode()));
    int paddedLength = v.integer("paddedLength");
    same(v.context(), "paddedLength", "" + paddedLength, "" + Padding.paddedLength(payload.encodedLength()));

    byte[] nonce = v.hex("nonce");
    String envelope = v.string("envelope");
    v.done();
    Sealed sealed = codec.insecureSealWithKeyAndNonce(key, nonce, payload, passphrase);
    same(v.context(), "envelope", envelope, Base64Url.encode(sealed.envelope()));
    same(v.context(), "envelope length", "" + (paddedLength + Envelope.OVERHEAD_BYTES), "" + sealed.envelope().length);
    same(v.context(), "sealed id", id, sealed.id());
    same(v.context(), "sealed proofHash", proofHash, sealed.proofHash());
    same(v.context(), "sealed linkProofHash", linkProofHash, sealed.linkProofHash());
    same(v.context(), "sealed hasPassphrase", "" + (passphrase != null), "" + sealed.hasPassphrase());
    Payload opened;
    try {
      opened = codec.open(keys, Base64Url.decode(envelope));
    } catch (AuthenticationException e) {
      throw new AssertionError(v.context() + ": the envelope does not open: " + e.getMessage());
    }
    samePayload(v.context(), payload, opened);
    checked++;
  }

  private byte[] derivedMaster(
      String context, byte[] secret, String passphrase, byte[] expectedSalt, byte[] expectedStretched) {
    if (passphrase == null) {
      if (expectedSalt != null || expectedStretched != null) {
        throw new AssertionError(context + ": passphraseSalt and stretchedPassphrase must be null without one");
      }
      return secret;
    }
    if (expectedSalt == null || expectedStretched == null) {
      throw new AssertionError(context + ": a passphrase vector needs passphraseSalt and stretchedPassphrase");
    }
    byte[] salt = derivation.passphraseSalt(secret);
    same(context, "passphraseSalt", Hex.encode(expectedSalt), Hex.encode(salt));
    byte[] stretched = derivation.stretchedPassphrase(passphrase, salt);
    same(context, "stretchedPassphrase", Hex.encode(expectedStretched), Hex.encode(stretched));
    return derivation.combine(secret, stretched);
  }

  private void checkLink(VectorFields v) {
    v.string("name");
    String input = v.string("input");
    String fragment = v.string("fragment");
    v.done();
    LinkKey key = LinkKey.insecureFromSecret(parse(v.context(), input));
    same(v.context(), "fragment", fragment, key.fragment());
    checked++;
  }

  private void checkDamagedLink(VectorFields v) {
    v.string("name");
    String input = v.string("input");
    String reason = v.string("reason");
    v.done();
    try {
      LinkKey.parse(input);
    } catch (DamagedLinkException e) {
      same(v.context(), "reason", reason, reasonName(e.reason()));
      String message = e.reason() == DamagedLinkException.Reason.DAMAGED
          ? DamagedLinkException.DAMAGED_MESSAGE : DamagedLinkException.NEWER_VERSION_MESSAGE;
      same(v.context(), "message", message, e.getMessage());
      checked++;
      return;
    }
    throw new AssertionError(v.context() + ": parsed, but must be refused");
  }

  private void checkInvalidEnvelope(VectorFields v) {
    v.string("name");
    LinkKey key = LinkKey.insecureFromSecret(v.hex("secret"));
    String passphrase = v.stringOrNull("passphrase");
    byte[] envelope = Base64Url.decode(v.string("envelope"));
    v.done();
    Keys keys = codec.keys(key, passphrase);
    try {
      codec.open(keys, envelope);
    } catch (AuthenticationException e) {
      same(v.context(), "message", OpenFailure.MESSAGE, e.getMessage());
      checked++;
      return;
    }
    throw new AssertionError(v.context() + ": opened, but must be refused");
  }

  private static Payload payloadOf(VectorFields p) {
    String kind = p.string("kind");
    Payload payload;
    if (kind.equals("text")) {
      payload = Payload.text(p.string("text"));
    } else if (kind.equals("file")) {
      payload = Payload.file(p.string("name"), p.string("mediaType"), p.hex("content"));
    } else {
      throw new AssertionError(p.context() + ": unknown kind");
    }
    p.done();
    return payload;
  }

  private static void samePayload(String context, Payload expected, Payload actual) {
    same(context, "opened kind", "" + expected.isText(), "" + actual.isText());
    same(context, "opened content", Hex.encode(expected.content()), Hex.encode(actual.content()));
    if (expected.isText()) {
      same(context, "opened text", expected.text(), actual.text());
    } else {
      same(context, "opened name", expected.fileName(), actual.fileName());
      same(context, "opened mediaType", expected.mediaType(), actual.mediaType());
    }
  }

  private static byte[] parse(String context, String link) {
    try {
      return LinkKey.parse(link).secret();
    } catch (DamagedLinkException e) {
      throw new AssertionError(context + ": the link is refused: " + e.getMessage());
    }
  }

  static String reasonName(DamagedLinkException.Reason reason) {
    return reason == DamagedLinkException.Reason.DAMAGED ? "damaged" : "newer version";
  }

  private static void same(String context, String what, String expected, String actual) {
    if (!expected.equals(actual)) {
      throw new AssertionError(context + ": " + what + " differs: expected " + expected + " but got " + actual);
    }
  }
}

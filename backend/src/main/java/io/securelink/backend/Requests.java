package io.securelink.backend;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** Turns request bodies and path ids into validated values, or refuses them with a stable error code. */
final class Requests {

  /** Bytes of a secret id. */
  static final int ID_BYTES = 16;

  private static final Set<String> CREATE_FIELDS =
      Set.of("id", "ciphertext", "expiresIn", "passphrase", "proofHash", "linkProofHash");
  private static final Set<String> PROOF_FIELDS = Set.of("proof", "linkProof");

  private Requests() {}

  /** Returns {@code id} when it is exactly 22 canonical base64url characters (16 bytes). */
  static String id(String id) {
    if (id == null || Base64Url.decodeExact(id, ID_BYTES) == null) {
      throw ApiError.badRequest(ApiError.INVALID_ID, "The id must be 22 base64url characters (16 bytes).");
    }
    return id;
  }

  /** Returns the secret a create request describes, expiring {@code expiresIn} seconds after {@code now}. */
  static NewSecret create(String body, Limits limits, Instant now) {
    JsonIn json = JsonIn.parse(body, CREATE_FIELDS);
    String id = id(json.string("id"));
    byte[] ciphertext = ciphertext(json.string("ciphertext"), limits);
    Duration expiresIn = expiresIn(json.value("expiresIn"), limits);
    boolean passphrase = json.bool("passphrase");
    byte[] proofHash = proofBytes(json.string("proofHash"), "proofHash");
    byte[] linkProofHash = optionalProofBytes(json, "linkProofHash");
    // Without it a passphrase secret's guessing limit could be spent by anyone who saw the id.
    if (passphrase && linkProofHash == null) {
      throw ApiError.invalidRequest("The field linkProofHash is required when passphrase is true.");
    }
    return new NewSecret(id, ciphertext, now.plus(expiresIn), passphrase, proofHash, linkProofHash);
  }

  /** Returns the proofs of a reveal or revoke request: the proof, and the link proof when present. */
  static PresentedProofs proofs(String body) {
    JsonIn json = JsonIn.parse(body, PROOF_FIELDS);
    return new PresentedProofs(proofBytes(json.string("proof"), "proof"), optionalProofBytes(json, "linkProof"));
  }

  private static byte[] ciphertext(String text, Limits limits) {
    if (text.length() > Base64Url.encodedLength(limits.maxCiphertextBytes())) {
      throw ApiError.tooLarge(limits.maxCiphertextBytes());
    }
    byte[] bytes = Base64Url.decodeStrict(text);
    if (bytes == null || bytes.length == 0) {
      throw ApiError.badRequest(ApiError.INVALID_CIPHERTEXT,
          "The ciphertext must be non-empty, unpadded base64url.");
    }
    return bytes;
  }

  private static Duration expiresIn(Object value, Limits limits) {
    long min = limits.minTtl().toSeconds();
    long max = limits.maxTtl().toSeconds();
    if (value instanceof Long seconds && seconds >= min && seconds <= max) {
      return Duration.ofSeconds(seconds);
    }
    throw ApiError.badRequest(ApiError.INVALID_EXPIRY,
        "expiresIn must be a whole number of seconds from " + min + " to " + max + ".");
  }

  /** Returns the 32 bytes of the optional field {@code field}, or null when the request has none. */
  private static byte[] optionalProofBytes(JsonIn json, String field) {
    return json.has(field) ? proofBytes(json.string(field), field) : null;
  }

  private static byte[] proofBytes(String text, String field) {
    byte[] bytes = Base64Url.decodeExact(text, Proofs.PROOF_BYTES);
    if (bytes == null) {
      throw ApiError.invalidRequest("The field " + field + " must be 43 base64url characters (32 bytes).");
    }
    return bytes;
  }
}

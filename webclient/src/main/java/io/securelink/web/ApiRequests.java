package io.securelink.web;

import io.securelink.core.Base64Url;
import io.securelink.core.Json;
import io.securelink.core.Keys;
import io.securelink.core.Sealed;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The paths and JSON bodies of the API calls the page makes (docs/openapi.yaml). Only the id, the ciphertext,
 * the two proof hashes and the two proofs ever leave the page: never the link key, the passphrase or the
 * plaintext.
 */
final class ApiRequests {

  static final String SECRETS = "/api/secrets";

  private ApiRequests() {}

  /** Returns the path of one secret's status and revoke routes. */
  static String secretPath(String id) {
    requireId(id);
    return SECRETS + "/" + id;
  }

  /** Returns the path of one secret's reveal route. */
  static String revealPath(String id) {
    return secretPath(id) + "/reveal";
  }

  /** Returns the body that stores a sealed secret for {@code expiresInSeconds}. */
  static String create(Sealed sealed, int expiresInSeconds) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", sealed.id());
    body.put("ciphertext", Base64Url.encode(sealed.envelope()));
    body.put("expiresIn", (long) expiresInSeconds);
    body.put("passphrase", sealed.hasPassphrase());
    body.put("proofHash", sealed.proofHash());
    body.put("linkProofHash", sealed.linkProofHash());
    return Json.write(body);
  }

  /**
   * Returns the body of a reveal or revoke call: the reveal proof, and the link proof that shows the server the
   * caller holds the link, so a wrong passphrase counts towards the guessing limit but a made-up proof does not.
   */
  static String proofs(Keys keys) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("proof", keys.proof());
    body.put("linkProof", keys.linkProof());
    return Json.write(body);
  }

  /** Ids are derived base64url; checking keeps a bug elsewhere from ever building a path out of other text. */
  private static void requireId(String id) {
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException("a secret id is required");
    }
    for (int i = 0; i < id.length(); i++) {
      if (!Base64Url.isAlphabetChar(id.charAt(i))) {
        throw new IllegalArgumentException("a secret id is base64url");
      }
    }
  }
}

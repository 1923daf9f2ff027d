package io.securelink.cli.hardening;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Random;

/**
 * Calls of the API's documented shape (create, status, reveal, revoke) on a small pool of ids, so the fuzzer
 * also reaches the store: secrets are created, looked up, taken (409), guessed at with wrong proofs (403, and
 * for passphrase secrets the guessing limit), and a share of each call is garbled in one place.
 *
 * <p>Half the creates store the hash of one shared link proof and half the reveals and revokes carry it, so
 * calls both with and without the link get past the link-proof check to the proof check and the limit.
 */
final class FuzzApiCalls {

  /** One call: method, target, body, and its Content-Type (null for none). */
  record Call(String method, String target, byte[] body, String contentType) {}

  private static final int POOL_IDS = 64;

  private final String[] pool = new String[POOL_IDS];
  private final String linkProof;
  private final String linkProofHash;

  FuzzApiCalls(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < POOL_IDS; i++) {
      pool[i] = FuzzIds.wellFormed(random);
    }
    linkProof = FuzzIds.base64Url(random, 32);
    linkProofHash = sha256Base64Url(linkProof);
  }

  /** Returns a call; about one in five carries {@code marker} in a garbled spot. */
  Call pick(Random random, String marker) {
    String id = pool[random.nextInt(POOL_IDS)];
    String json = "application/json" + (random.nextBoolean() ? "; charset=utf-8" : "");
    Call call = switch (random.nextInt(4)) {
      case 0 -> new Call("POST", "/api/secrets", create(random, id), json);
      case 1 -> new Call("GET", "/api/secrets/" + id, new byte[0], null);
      case 2 -> new Call("POST", "/api/secrets/" + id + "/reveal", proof(random), json);
      default -> new Call("DELETE", "/api/secrets/" + id, proof(random), json);
    };
    return random.nextInt(5) == 0 ? garble(random, call, marker) : call;
  }

  private byte[] create(Random random, String id) {
    long expiresIn = new long[] {60, 3600, 86_400, 2_592_000}[random.nextInt(4)];
    String body = "{\"id\":\"" + id + "\",\"ciphertext\":\"" + FuzzIds.base64Url(random, 1 + random.nextInt(2048))
        + "\",\"expiresIn\":" + expiresIn + ",\"passphrase\":" + random.nextBoolean() + ",\"proofHash\":\""
        + FuzzIds.base64Url(random, 32) + "\",\"linkProofHash\":\""
        + (random.nextBoolean() ? linkProofHash : FuzzIds.base64Url(random, 32)) + "\"}";
    return body.getBytes(StandardCharsets.UTF_8);
  }

  private byte[] proof(Random random) {
    String proofs = "{\"proof\":\"" + FuzzIds.base64Url(random, 32) + "\",\"linkProof\":\""
        + (random.nextBoolean() ? linkProof : FuzzIds.base64Url(random, 32)) + "\"}";
    return proofs.getBytes(StandardCharsets.UTF_8);
  }

  private static String sha256Base64Url(String base64Url) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(Base64.getUrlDecoder().decode(base64Url));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }

  /** Spoils one part of a well-formed call. */
  private static Call garble(Random random, Call call, String marker) {
    String body = new String(call.body(), StandardCharsets.UTF_8);
    return switch (random.nextInt(6)) {
      case 0 -> new Call(call.method(), call.target(), call.body(), "text/plain");
      case 1 -> new Call(call.method(), call.target(), call.body(), null);
      case 2 -> new Call(call.method(), call.target() + "/" + marker, call.body(), call.contentType());
      case 3 -> new Call(call.method(), call.target(),
          body.replaceFirst("\"[A-Za-z0-9_-]{43}\"", "\"" + marker + "\"").getBytes(StandardCharsets.UTF_8),
          call.contentType());
      case 4 -> new Call(call.method(), call.target(),
          body.replaceFirst("}$", ",\"" + marker + "\":1}").getBytes(StandardCharsets.UTF_8), call.contentType());
      default -> new Call(call.method(), call.target(),
          body.substring(0, body.length() / 2).getBytes(StandardCharsets.UTF_8), call.contentType());
    };
  }
}

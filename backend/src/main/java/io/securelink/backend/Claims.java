package io.securelink.backend;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Create-only markers under {@code claims/}: the claim that lets exactly one caller consume a secret, and the
 * tally of wrong proofs.
 *
 * <p>Both rest on one primitive, a PutObject with {@code If-None-Match: *}: of all callers creating the same key,
 * exactly one succeeds. Conditional deletes would be simpler, but the S3-compatible servers this runs against are
 * not atomic on them, while their create-only writes are.
 *
 * <p>Every marker holds a random token, so a create whose first attempt succeeded and whose SDK retry then saw
 * 412 is recognised as ours. A claim also holds its creation time ({@code claimedAt} in the body and the
 * {@code claimed-at} metadata). Nothing reads it yet: a claim left by a crashed caller keeps its secret
 * unrevealable until expiry, which fails closed. Taking over a stale claim safely needs an atomic compare-and-delete
 * of the claim, which AWS S3 offers and S3Proxy does not; the timestamp is there so that a later change can
 * recover claims older than the function timeout where that primitive exists.
 */
final class Claims {

  static final String PREFIX = "claims/";
  static final String CLAIMED_AT = "claimed-at";

  private static final int TOKEN_BYTES = 16;

  private final S3Objects objects;

  Claims(S3Objects objects) {
    this.objects = objects;
  }

  /** Returns true when this caller now holds the claim on secret {@code id}. */
  boolean take(String id, Instant now) throws StoreUnavailableException {
    String marker = "{\"claimedAt\":\"" + now + "\",\"token\":\"" + newToken() + "\"}";
    return createOnce(claimKey(id), marker, Map.of(CLAIMED_AT, Long.toString(now.getEpochSecond())));
  }

  /** Gives up the claim on {@code id} after a store failure, so the secret can be revealed later. */
  void release(String id) throws StoreUnavailableException {
    objects.delete(claimKey(id));
  }

  /**
   * Records one wrong proof for {@code id} and returns its number, 1 for the first; concurrent callers get distinct
   * numbers. Returns {@code Limits.MAX_WRONG_PROOFS + 1} once all markers exist.
   */
  int recordWrongProof(String id, Instant now) throws StoreUnavailableException {
    String marker = "{\"at\":\"" + now + "\",\"token\":\"" + newToken() + "\"}";
    for (int attempt = 1; attempt <= Limits.MAX_WRONG_PROOFS; attempt++) {
      if (createOnce(claimKey(id) + ".wrong." + attempt, marker, Map.of())) {
        return attempt;
      }
    }
    return Limits.MAX_WRONG_PROOFS + 1;
  }

  static String claimKey(String id) {
    return PREFIX + id;
  }

  /** Creates {@code key} holding {@code marker}, or finds that an earlier attempt of this same call did. */
  private boolean createOnce(String key, String marker, Map<String, String> metadata)
      throws StoreUnavailableException {
    byte[] content = marker.getBytes(StandardCharsets.UTF_8);
    if (objects.createIfAbsent(key, content, metadata)) {
      return true;
    }
    Optional<S3Objects.Body> existing = objects.get(key, null);
    return existing.isPresent() && MessageDigest.isEqual(existing.get().bytes(), content);
  }

  /** Returns a fresh per-request token; never drawn at init, so SnapStart clones never share one. */
  private static String newToken() {
    byte[] token = new byte[TOKEN_BYTES];
    new SecureRandom().nextBytes(token);
    return Base64Url.encode(token);
  }
}

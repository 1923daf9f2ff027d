package io.securelink.backend;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
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
 * <p>Claims come in generations, {@code claims/{id}.1}, {@code claims/{id}.2}, ...: a claim records when it was
 * taken ({@code claimed-at} metadata, epoch seconds). A caller that finds a generation older than the claim
 * timeout treats it as abandoned by a crashed reveal and competes, create-only again, for the next generation, so
 * of all callers recovering the same stale claim exactly one wins, and a claim younger than the timeout is never
 * taken over. The claim of a consumed secret stays as its tombstone.
 *
 * <p>Every marker holds a random token, so a create whose first attempt succeeded and whose SDK retry then saw
 * 412 is recognised as ours.
 */
final class Claims {

  static final String PREFIX = "claims/";
  static final String CLAIMED_AT = "claimed-at";
  /** At least the Lambda timeout (at most 29 s in template.yaml), so a claim is stale only once its holder is gone. */
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
  /**
   * A holder commits within the first half of the timeout ({@link #leaseOf}); the second half must hold one S3
   * call ({@link S3Timeouts#DEFAULT}'s call bound), the one-second rounding of {@code claimed-at} and clock skew.
   */
  static final Duration MIN_TIMEOUT = Duration.ofSeconds(40);

  /** Claim attempts of one request: each generation past the first is a reveal that crashed holding its claim. */
  private static final int MAX_STEPS = 32;
  private static final int TOKEN_BYTES = 16;

  /** A claim this caller holds: the generation's key. */
  record Claim(String key) {}

  private final S3Objects objects;
  private final Duration timeout;

  Claims(S3Objects objects, Duration timeout) {
    if (timeout.compareTo(MIN_TIMEOUT) < 0) {
      throw new IllegalArgumentException("the claim timeout must be at least " + MIN_TIMEOUT.toSeconds() + " s");
    }
    this.objects = objects;
    this.timeout = timeout;
  }

  /** Returns how long a holder may take before it must stop: half the timeout, the rest is its safety margin. */
  Duration lease() {
    return leaseOf(timeout);
  }

  static Duration leaseOf(Duration timeout) {
    return timeout.dividedBy(2);
  }

  /** Returns the claim on secret {@code id} if this caller now holds it; empty while another caller does. */
  Optional<Claim> take(String id, Instant now) throws StoreUnavailableException {
    byte[] marker = marker("claimedAt", now);
    Map<String, String> metadata = Map.of(CLAIMED_AT, Long.toString(now.getEpochSecond()));
    int generation = 1;
    for (int step = 0; step < MAX_STEPS; step++) {
      String key = claimKey(id, generation);
      if (objects.createIfAbsent(key, marker, metadata)) {
        return Optional.of(new Claim(key));
      }
      Optional<S3Objects.Body> existing = objects.get(key, null);
      if (existing.isEmpty()) {
        continue; // released after a store failure since our create: this generation is free again
      }
      if (MessageDigest.isEqual(existing.get().bytes(), marker)) {
        return Optional.of(new Claim(key)); // our own create, applied on an attempt whose answer was lost
      }
      if (!isStale(existing.get().metadata(), now)) {
        return Optional.empty();
      }
      generation++;
    }
    throw new StoreUnavailableException("Claim in " + MAX_STEPS + " attempts", null);
  }

  /** Returns whether secret {@code id} was ever claimed: every claim starts at generation 1, which then stays. */
  boolean everClaimed(String id) throws StoreUnavailableException {
    return objects.head(claimKey(id, 1)).isPresent();
  }

  /** Gives up {@code claim} after a store failure, so the secret can be revealed at once rather than after the timeout. */
  void release(Claim claim) throws StoreUnavailableException {
    objects.delete(claim.key());
  }

  /**
   * Records one wrong proof for {@code id} and returns its number, 1 for the first; concurrent callers get distinct
   * numbers. Returns {@code Limits.MAX_WRONG_PROOFS + 1} once all markers exist.
   */
  int recordWrongProof(String id, Instant now) throws StoreUnavailableException {
    byte[] marker = marker("at", now);
    for (int attempt = 1; attempt <= Limits.MAX_WRONG_PROOFS; attempt++) {
      String key = PREFIX + id + ".wrong." + attempt;
      if (objects.createIfAbsent(key, marker, Map.of())) {
        return attempt;
      }
      Optional<S3Objects.Body> existing = objects.get(key, null);
      if (existing.isPresent() && MessageDigest.isEqual(existing.get().bytes(), marker)) {
        return attempt;
      }
    }
    return Limits.MAX_WRONG_PROOFS + 1;
  }

  /** Returns the key of generation {@code generation} (from 1) of the claim on secret {@code id}. */
  static String claimKey(String id, int generation) {
    return PREFIX + id + "." + generation;
  }

  /** A claim without a readable time is never judged stale: taking it over could reveal twice. */
  private boolean isStale(Map<String, String> metadata, Instant now) {
    String claimedAt = metadata.get(CLAIMED_AT);
    if (claimedAt == null || !claimedAt.matches("[0-9]{1,12}")) {
      return false;
    }
    return !now.isBefore(Instant.ofEpochSecond(Long.parseLong(claimedAt)).plus(timeout));
  }

  /** Returns a marker body: the time and a fresh per-request token, never drawn at init (SnapStart clones). */
  private static byte[] marker(String timeField, Instant now) {
    byte[] token = new byte[TOKEN_BYTES];
    new SecureRandom().nextBytes(token);
    String json = "{\"" + timeField + "\":\"" + now + "\",\"token\":\"" + Base64Url.encode(token) + "\"}";
    return json.getBytes(StandardCharsets.UTF_8);
  }
}

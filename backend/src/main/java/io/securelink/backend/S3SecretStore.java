package io.securelink.backend;

import java.net.URI;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.LongSupplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The {@link SecretStore} on S3 or any S3-compatible server.
 *
 * <p>A secret is the object {@code secrets/{id}}: the ciphertext, with expiry, proof hash, link proof hash and
 * passphrase flag as user metadata. Consuming it (reveal, revoke) goes: HeadObject, link proof check, proof check
 * (both constant time; only a wrong proof behind a right link proof is counted), create-only claim
 * (one caller wins, see {@link Claims}), GetObject and DeleteObject both conditional on the entity tag seen first,
 * and only after the delete succeeded are the bytes handed out.
 *
 * <p>The holder of a claim sends its delete within the claim's lease (half the claim timeout, measured on this
 * process's monotonic clock from the start of the request), so the delete has ended, one way or the other, before
 * any other caller may judge the claim stale. A store failure within the lease releases the claim, so the secret
 * stays revealable at once; after the lease, or when the release fails too, the claim is left to go stale and the
 * next reveal after the claim timeout recovers it.
 */
public final class S3SecretStore implements SecretStore, AutoCloseable {

  static final String PREFIX = "secrets/";

  private final S3Client s3;
  private final S3Objects objects;
  private final Claims claims;
  private final LongSupplier nanoTime;

  /** Returns a store in {@code bucket} over {@code s3}, with the default claim timeout; closing it closes the client. */
  public S3SecretStore(S3Client s3, String bucket) {
    this(s3, bucket, Claims.DEFAULT_TIMEOUT);
  }

  /** Returns a store whose claims go stale after {@code claimTimeout} (at least {@link Claims#MIN_TIMEOUT}). */
  public S3SecretStore(S3Client s3, String bucket, Duration claimTimeout) {
    this(s3, bucket, claimTimeout, System::nanoTime);
  }

  /** Returns a store that measures its claims' leases on {@code nanoTime}: tests pass one they advance. */
  S3SecretStore(S3Client s3, String bucket, Duration claimTimeout, LongSupplier nanoTime) {
    this.s3 = s3;
    this.objects = new S3Objects(s3, bucket);
    this.claims = new Claims(objects, claimTimeout);
    this.nanoTime = nanoTime;
  }

  /**
   * Returns a store in {@code bucket}, reached at {@code endpoint} (null: AWS's own endpoint for {@code region}),
   * with path-style URLs when {@code pathStyle} (most S3-compatible servers need it), and the default claim timeout.
   */
  public static S3SecretStore create(URI endpoint, String region, String bucket, boolean pathStyle,
      AwsCredentialsProvider credentials) {
    return create(endpoint, region, bucket, pathStyle, credentials, Claims.DEFAULT_TIMEOUT);
  }

  /** Returns a store as {@link #create(URI, String, String, boolean, AwsCredentialsProvider)} with {@code claimTimeout}. */
  public static S3SecretStore create(URI endpoint, String region, String bucket, boolean pathStyle,
      AwsCredentialsProvider credentials, Duration claimTimeout) {
    return new S3SecretStore(S3Clients.build(endpoint, region, pathStyle, credentials, List.of()), bucket, claimTimeout);
  }

  @Override
  public CreateOutcome create(NewSecret secret, Instant now) throws StoreUnavailableException {
    SecretMetadata metadata = SecretMetadata.of(secret);
    String key = secretKey(secret.id());
    // A consumed secret leaves its claim as a tombstone: a replayed create must not make its link work again.
    if (claims.everClaimed(secret.id())) {
      return new CreateOutcome.IdTaken();
    }
    if (objects.createIfAbsent(key, secret.ciphertext(), metadata.toS3())) {
      return new CreateOutcome.Created(secret.expiresAt());
    }
    // Taken, or our own earlier attempt (an SDK retry or the client's): identical content counts as success.
    Optional<S3Objects.Body> existing = objects.get(key, null);
    Optional<SecretMetadata> stored = existing.flatMap(body -> SecretMetadata.fromS3(body.metadata()));
    if (stored.isPresent() && !stored.get().expiredAt(now) && stored.get().protectsLike(metadata)
        && MessageDigest.isEqual(existing.get().bytes(), secret.ciphertext())) {
      return new CreateOutcome.Created(stored.get().expiresAt());
    }
    return new CreateOutcome.IdTaken();
  }

  @Override
  public Optional<SecretStatus> status(String id, Instant now) throws StoreUnavailableException {
    return live(id, now).map(live -> new SecretStatus(id, live.metadata.expiresAt(), live.metadata.passphrase()));
  }

  @Override
  public Outcome reveal(String id, PresentedProofs proofs, Instant now) throws StoreUnavailableException {
    return consume(id, proofs, now, true);
  }

  @Override
  public Outcome revoke(String id, PresentedProofs proofs, Instant now) throws StoreUnavailableException {
    return consume(id, proofs, now, false);
  }

  @Override
  public void close() {
    s3.close();
  }

  static String secretKey(String id) {
    return PREFIX + id;
  }

  /** A live secret as HeadObject found it. */
  private record Live(String etag, SecretMetadata metadata) {}

  /** Returns the live secret {@code id}; an expired one is deleted (best effort) and reads as absent. */
  private Optional<Live> live(String id, Instant now) throws StoreUnavailableException {
    Optional<S3Objects.Head> head = objects.head(secretKey(id));
    Optional<SecretMetadata> metadata = head.flatMap(found -> SecretMetadata.fromS3(found.metadata()));
    if (metadata.isEmpty()) {
      return Optional.empty();
    }
    if (metadata.get().expiredAt(now)) {
      deleteExpired(id);
      return Optional.empty();
    }
    return Optional.of(new Live(head.get().etag(), metadata.get()));
  }

  /** Deletes an expired secret; if S3 fails now, the next read or the lifecycle rule deletes it. */
  private void deleteExpired(String id) {
    try {
      objects.delete(secretKey(id));
    } catch (StoreUnavailableException e) {
      // Expired reads as absent either way; the caller's answer does not depend on this delete.
    }
  }

  /** Counts a wrong proof against a passphrase-protected secret and destroys it at the limit. */
  private Outcome wrongProof(String id, Live live, Instant now) throws StoreUnavailableException {
    if (!live.metadata.passphrase()) {
      return new Outcome.WrongProof(OptionalInt.empty());
    }
    int attemptsLeft = Math.max(0, Limits.MAX_WRONG_PROOFS - claims.recordWrongProof(id, now));
    if (attemptsLeft == 0) {
      objects.delete(secretKey(id));
    }
    return new Outcome.WrongProof(OptionalInt.of(attemptsLeft));
  }

  /** Reveals (handing out the bytes) or revokes the live secret {@code id} for a holder of {@code proofs}. */
  private Outcome consume(String id, PresentedProofs proofs, Instant now, boolean reveal)
      throws StoreUnavailableException {
    long started = nanoTime.getAsLong();
    Optional<Live> found = live(id, now);
    if (found.isEmpty()) {
      return new Outcome.NotFound();
    }
    Live live = found.get();
    if (!live.metadata.acceptsLinkProof(proofs.linkProof())) {
      // Not a holder of the link, only of the id: never counted, so the id alone cannot destroy the secret.
      return new Outcome.WrongProof(OptionalInt.empty());
    }
    if (!live.metadata.acceptsProof(proofs.proof())) {
      return wrongProof(id, live, now);
    }
    Optional<Claims.Claim> claim = claims.take(id, now);
    if (claim.isEmpty()) {
      return new Outcome.NotFound();
    }
    try {
      Optional<S3Objects.Body> body = reveal ? objects.get(secretKey(id), live.etag) : Optional.empty();
      if (reveal && body.isEmpty()) {
        return new Outcome.NotFound();
      }
      requireLease(started);
      // ABSENT: our own delete applied on an attempt whose answer was lost (no other holder can exist within the
      // lease); only expiry cleanup or the guessing limit could also have removed it, while this reveal was reading.
      if (objects.deleteIfMatch(secretKey(id), live.etag) == S3Objects.Deletion.CHANGED) {
        return new Outcome.NotFound();
      }
      return reveal ? new Outcome.Revealed(body.get().bytes()) : new Outcome.Revoked();
    } catch (StoreUnavailableException e) {
      throw release(claim.get(), started, e);
    }
  }

  /** Refuses to commit once the lease is over: another caller may soon judge the claim stale and take over. */
  private void requireLease(long started) throws StoreUnavailableException {
    if (!withinLease(started)) {
      throw new StoreUnavailableException("Reveal within the claim lease", null);
    }
  }

  private boolean withinLease(long started) {
    return nanoTime.getAsLong() - started < claims.lease().toNanos();
  }

  /** Releases {@code claim} after {@code failure} while the lease lasts; returns the failure to throw. */
  private StoreUnavailableException release(Claims.Claim claim, long started, StoreUnavailableException failure) {
    if (!withinLease(started)) {
      return failure; // too late to release safely: the claim goes stale and the next reveal recovers it
    }
    try {
      claims.release(claim);
    } catch (StoreUnavailableException releaseFailure) {
      // The secret stays claimed (unrevealable, never revealed twice) until its claim goes stale.
      failure.addSuppressed(releaseFailure);
    }
    return failure;
  }
}

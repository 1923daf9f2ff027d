package io.securelink.backend;

import java.net.URI;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The {@link SecretStore} on S3 or any S3-compatible server.
 *
 * <p>A secret is the object {@code secrets/{id}}: the ciphertext, with expiry, proof hash and passphrase flag as
 * user metadata. Consuming it (reveal, revoke) goes: HeadObject, proof check (constant time), create-only claim
 * {@code claims/{id}} (one caller wins), GetObject and DeleteObject both conditional on the entity tag seen
 * first, and only after the delete succeeded are the bytes handed out. A store failure after the claim releases
 * it, so the secret stays revealable; the claim of a consumed secret stays as its tombstone until the bucket's
 * lifecycle rule removes it.
 */
public final class S3SecretStore implements SecretStore, AutoCloseable {

  static final String PREFIX = "secrets/";

  private final S3Client s3;
  private final S3Objects objects;
  private final Claims claims;

  /** Returns a store in {@code bucket} over {@code s3}; closing the store closes the client. */
  public S3SecretStore(S3Client s3, String bucket) {
    this.s3 = s3;
    this.objects = new S3Objects(s3, bucket);
    this.claims = new Claims(objects);
  }

  /**
   * Returns a store in {@code bucket}, reached at {@code endpoint} (null: AWS's own endpoint for {@code region}),
   * with path-style URLs when {@code pathStyle} (most S3-compatible servers need it).
   */
  public static S3SecretStore create(URI endpoint, String region, String bucket, boolean pathStyle,
      AwsCredentialsProvider credentials) {
    return new S3SecretStore(S3Clients.build(endpoint, region, pathStyle, credentials, List.of()), bucket);
  }

  @Override
  public CreateOutcome create(NewSecret secret, Instant now) throws StoreUnavailableException {
    SecretMetadata metadata = SecretMetadata.of(secret);
    String key = secretKey(secret.id());
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
  public Outcome reveal(String id, byte[] proof, Instant now) throws StoreUnavailableException {
    Optional<Live> found = live(id, now);
    if (found.isEmpty()) {
      return new Outcome.NotFound();
    }
    Live live = found.get();
    if (!live.metadata.acceptsProof(proof)) {
      return wrongProof(id, live, now);
    }
    if (!claims.take(id, now)) {
      return new Outcome.NotFound();
    }
    try {
      Optional<S3Objects.Body> body = objects.get(secretKey(id), live.etag);
      if (body.isEmpty() || !objects.deleteIfMatch(secretKey(id), live.etag)) {
        return new Outcome.NotFound();
      }
      return new Outcome.Revealed(body.get().bytes());
    } catch (StoreUnavailableException e) {
      throw releaseClaim(id, e);
    }
  }

  @Override
  public Outcome revoke(String id, byte[] proof, Instant now) throws StoreUnavailableException {
    Optional<Live> found = live(id, now);
    if (found.isEmpty()) {
      return new Outcome.NotFound();
    }
    Live live = found.get();
    if (!live.metadata.acceptsProof(proof)) {
      return wrongProof(id, live, now);
    }
    if (!claims.take(id, now)) {
      return new Outcome.NotFound();
    }
    try {
      return objects.deleteIfMatch(secretKey(id), live.etag) ? new Outcome.Revoked() : new Outcome.NotFound();
    } catch (StoreUnavailableException e) {
      throw releaseClaim(id, e);
    }
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

  /** Releases the claim on {@code id} after {@code failure}; returns the failure to throw. */
  private StoreUnavailableException releaseClaim(String id, StoreUnavailableException failure) {
    try {
      claims.release(id);
    } catch (StoreUnavailableException releaseFailure) {
      // The secret stays claimed (unrevealable, never revealed twice) until a stale-claim recovery or expiry.
      failure.addSuppressed(releaseFailure);
    }
    return failure;
  }
}

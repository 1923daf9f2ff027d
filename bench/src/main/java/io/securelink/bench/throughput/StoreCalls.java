package io.securelink.bench.throughput;

import io.securelink.bench.BenchSecret;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The single S3 requests {@code S3SecretStore} makes for a create and a reveal, each shaped as the store shapes
 * it (keys, conditions, metadata), for the P4 baselines to combine. Failures are not mapped: a baseline that hits
 * one ends its run.
 */
final class StoreCalls {

  private final S3Client s3;
  private final String bucket;

  StoreCalls(S3Client s3, String bucket) {
    this.s3 = s3;
    this.bucket = bucket;
  }

  /** Returns whether {@code key} exists (HeadObject), as the store asks of a claim and of a secret. */
  boolean exists(String key) {
    try {
      s3.headObject(head -> head.bucket(bucket).key(key));
      return true;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return false;
      }
      throw e;
    }
  }

  /** Returns the entity tag of {@code key} (HeadObject), which the reveal's get and delete are conditional on. */
  String etag(String key) {
    return s3.headObject(head -> head.bucket(bucket).key(key)).eTag();
  }

  /** Creates the secret's object, create-only, with metadata shaped like the store's. */
  void putSecret(BenchSecret secret) {
    Map<String, String> metadata = Map.of(
        "expires-at", Long.toString(Instant.now().getEpochSecond() + 3600),
        "proof-hash", secret.proofHash(),
        "passphrase", "false");
    s3.putObject(put -> put.bucket(bucket).key(secretKey(secret)).ifNoneMatch("*")
        .contentType("application/octet-stream").metadata(metadata), RequestBody.fromBytes(secret.ciphertextBytes()));
  }

  /** Takes the secret's first-generation claim, create-only, with a claim marker's body and metadata. */
  void putClaim(BenchSecret secret) {
    Instant now = Instant.now();
    String marker = "{\"claimedAt\":\"" + now + "\",\"token\":\"" + UUID.randomUUID() + "\"}";
    s3.putObject(put -> put.bucket(bucket).key(claimKey(secret)).ifNoneMatch("*")
        .contentType("application/octet-stream").metadata(Map.of("claimed-at", Long.toString(now.getEpochSecond()))),
        RequestBody.fromString(marker));
  }

  /** Returns the secret's bytes (GetObject, If-Match {@code etag} unless null) and checks they are the ones put. */
  String getSecret(BenchSecret secret, String etag) {
    ResponseBytes<GetObjectResponse> object =
        s3.getObjectAsBytes(get -> get.bucket(bucket).key(secretKey(secret)).ifMatch(etag));
    if (!Arrays.equals(object.asByteArrayUnsafe(), secret.ciphertextBytes())) {
      throw new IllegalStateException("the get returned another ciphertext");
    }
    return object.response().eTag();
  }

  /** Deletes the secret's object, conditional on {@code etag}. */
  void deleteSecret(BenchSecret secret, String etag) {
    s3.deleteObject(delete -> delete.bucket(bucket).key(secretKey(secret)).ifMatch(etag));
  }

  static String secretKey(BenchSecret secret) {
    return "secrets/" + secret.id();
  }

  static String claimKey(BenchSecret secret) {
    return "claims/" + secret.id() + ".1";
  }
}

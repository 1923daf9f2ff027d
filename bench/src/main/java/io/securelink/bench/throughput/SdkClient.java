package io.securelink.bench.throughput;

import io.securelink.bench.BenchSecret;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The baseline of P4: the S3 calls behind a create and a reveal, issued straight from the SDK with the store's own
 * client settings: a create-only put of the secret with its metadata; then the reveal's create-only claim, the
 * conditional get and the conditional delete. The API's HeadObject (the status check before a reveal), its request
 * parsing and its HTTP hop are what the ratio charges to the server.
 */
final class SdkClient implements SecretClient {

  private final S3Client s3;
  private final String bucket;

  SdkClient(S3Client s3, String bucket) {
    this.s3 = s3;
    this.bucket = bucket;
  }

  @Override
  public void create(BenchSecret secret) {
    Map<String, String> metadata = Map.of(
        "expires-at", Long.toString(Instant.now().getEpochSecond() + 3600),
        "proof-hash", secret.proofHash(),
        "passphrase", "false");
    s3.putObject(put -> put.bucket(bucket).key(secretKey(secret)).ifNoneMatch("*")
        .contentType("application/octet-stream").metadata(metadata), RequestBody.fromBytes(secret.ciphertextBytes()));
  }

  @Override
  public void reveal(BenchSecret secret) {
    String claim = "{\"claimedAt\":\"" + Instant.now() + "\",\"token\":\"" + secret.id() + "\"}";
    s3.putObject(put -> put.bucket(bucket).key("claims/" + secret.id()).ifNoneMatch("*"),
        RequestBody.fromString(claim));
    var object = s3.getObjectAsBytes(get -> get.bucket(bucket).key(secretKey(secret)));
    String etag = object.response().eTag();
    s3.deleteObject(delete -> delete.bucket(bucket).key(secretKey(secret)).ifMatch(etag));
    if (!Arrays.equals(object.asByteArrayUnsafe(), secret.ciphertextBytes())) {
      throw new IllegalStateException("the get returned another ciphertext");
    }
  }

  private static String secretKey(BenchSecret secret) {
    return "secrets/" + secret.id();
  }
}

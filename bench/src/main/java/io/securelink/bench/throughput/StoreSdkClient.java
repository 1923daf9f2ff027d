package io.securelink.bench.throughput;

import io.securelink.bench.BenchSecret;

/**
 * P4's baseline: exactly the S3 calls {@code S3SecretStore} makes for one create and one reveal, six a pair,
 * issued straight from the SDK with the store's client settings. Create: HeadObject of the first claim (a
 * consumed id's tombstone), then a create-only PutObject of the secret. Reveal: HeadObject of the secret (its
 * metadata and entity tag), a create-only PutObject of the claim, then GetObject and DeleteObject, both If-Match
 * that entity tag. The ratio against it measures what serve's HTTP hop and the API add, not the protocol.
 */
final class StoreSdkClient implements SecretClient {

  private final StoreCalls calls;

  StoreSdkClient(StoreCalls calls) {
    this.calls = calls;
  }

  @Override
  public void create(BenchSecret secret) {
    if (calls.exists(StoreCalls.claimKey(secret))) {
      throw new IllegalStateException("a fresh secret's id already has a claim");
    }
    calls.putSecret(secret);
  }

  @Override
  public void reveal(BenchSecret secret) {
    String etag = calls.etag(StoreCalls.secretKey(secret));
    calls.putClaim(secret);
    calls.getSecret(secret, etag);
    calls.deleteSecret(secret, etag);
  }
}

package io.securelink.bench.throughput;

import io.securelink.bench.BenchSecret;

/**
 * P4's second, minimal-protocol baseline: the fewest S3 calls that store and consume a secret exactly once, four
 * a pair: a create-only put of the secret; then a create-only claim, a get and a delete conditional on the get's
 * entity tag. The store's two HeadObjects (the tombstone check of a create, the status and proof check of a
 * reveal) are left out, so against this baseline the ratio also charges them to the server.
 */
final class MinimalSdkClient implements SecretClient {

  private final StoreCalls calls;

  MinimalSdkClient(StoreCalls calls) {
    this.calls = calls;
  }

  @Override
  public void create(BenchSecret secret) {
    calls.putSecret(secret);
  }

  @Override
  public void reveal(BenchSecret secret) {
    calls.putClaim(secret);
    String etag = calls.getSecret(secret, null);
    calls.deleteSecret(secret, etag);
  }
}

package io.securelink.bench.throughput;

import io.securelink.bench.BenchSecret;

/** One way of storing and then consuming a secret: over the HTTP API, or straight against S3. */
interface SecretClient {

  /** Stores {@code secret}; throws unless the store acknowledged it. */
  void create(BenchSecret secret) throws Exception;

  /** Consumes {@code secret} and checks the ciphertext that comes back; throws unless it is the one created. */
  void reveal(BenchSecret secret) throws Exception;
}

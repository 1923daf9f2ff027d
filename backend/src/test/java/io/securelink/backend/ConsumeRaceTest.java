package io.securelink.backend;

import static io.securelink.backend.TestRequests.create;
import static io.securelink.backend.TestRequests.reveal;
import static io.securelink.backend.TestRequests.revoke;
import static io.securelink.backend.TestRequests.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.securelink.backend.TestRequests.TestSecret;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reveals, revokes and status checks interleaved on the same secrets from 32 threads: every secret is consumed by
 * exactly one reveal or revoke, every other consumer is told 404, and a status check never consumes. The four
 * requests on a secret are queued next to each other, so the pool's threads start them together.
 *
 * <p>S3Proxy runs with its in-memory (transient) blob store, as in every backend test. Secrets:
 * {@code -Dsecurelink.race.secrets} (default 10,000).
 */
@ExtendWith(LocalS3.class)
class ConsumeRaceTest {

  private static final int THREADS = 32;
  private static final int BATCH = 1_000;
  private static final long SEED = 7;

  private enum Op { REVEAL, REVOKE, STATUS }

  @Test
  @DisplayName("races: 32 threads interleave 2 reveals, a revoke and a status check on each of 10,000 secrets")
  void everySecretIsConsumedExactlyOnce(LocalS3 s3) throws Exception {
    int secretCount = Integer.getInteger("securelink.race.secrets", 10_000);
    String bucket = s3.newBucket();
    Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    AtomicIntegerArray consumed = new AtomicIntegerArray(secretCount);
    Random random = new Random(SEED);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    long started = System.nanoTime();
    try (S3SecretStore store = s3.newStore(bucket)) {
      Api api = new Api(store, new MutableClock(), Limits.defaults(), new AccessLog(line -> {}));
      for (int first = 0; first < secretCount; first += BATCH) {
        List<TestSecret> batch = new ArrayList<>();
        List<Future<?>> creates = new ArrayList<>();
        for (int i = first; i < Math.min(secretCount, first + BATCH); i++) {
          TestSecret secret = TestSecret.random(32 + i % 200);
          batch.add(secret);
          creates.add(pool.submit(() -> assertEquals(201, create(api, secret, 600, false).getStatusCode())));
        }
        awaitAll(creates);
        List<Future<?>> requests = new ArrayList<>();
        for (int j = 0; j < batch.size(); j++) {
          TestSecret secret = batch.get(j);
          int index = first + j;
          List<Op> ops = new ArrayList<>(List.of(Op.REVEAL, Op.REVEAL, Op.REVOKE, Op.STATUS));
          Collections.shuffle(ops, random);
          for (Op op : ops) {
            requests.add(pool.submit(() -> run(api, op, secret, index, consumed, counts)));
          }
        }
        awaitAll(requests);
      }
      long millis = (System.nanoTime() - started) / 1_000_000;
      Map<String, Long> summary = new TreeMap<>();
      counts.forEach((key, value) -> summary.put(key, value.sum()));
      long total = summary.values().stream().mapToLong(Long::longValue).sum() + secretCount;
      System.out.printf("consume race: %d secrets, %d threads, %d requests (creates included) in %d ms "
          + "(%.0f requests/s): %s%n", secretCount, THREADS, total, millis, total * 1000.0 / millis, summary);

      for (int i = 0; i < secretCount; i++) {
        assertEquals(1, consumed.get(i), "secret " + i + " consumed " + consumed.get(i) + " times");
      }
      long winners = summary.getOrDefault("reveal 200", 0L) + summary.getOrDefault("revoke 204", 0L);
      assertEquals(secretCount, winners);
      assertEquals(2L * secretCount, summary.getOrDefault("reveal 404", 0L) + summary.getOrDefault("revoke 404", 0L));
      assertEquals((long) secretCount, summary.getOrDefault("status 200", 0L) + summary.getOrDefault("status 404", 0L));
      assertTrue(s3.keys(bucket).stream().noneMatch(key -> key.startsWith(S3SecretStore.PREFIX)),
          "every secret is gone");
    } finally {
      pool.shutdownNow();
    }
  }

  private static void run(Api api, Op op, TestSecret secret, int index, AtomicIntegerArray consumed,
      Map<String, LongAdder> counts) {
    APIGatewayV2HTTPResponse response = switch (op) {
      case REVEAL -> reveal(api, secret, secret.proof());
      case REVOKE -> revoke(api, secret, secret.proof());
      case STATUS -> status(api, secret.id());
    };
    int code = response.getStatusCode();
    counts.computeIfAbsent(op.name().toLowerCase() + " " + code, key -> new LongAdder()).increment();
    if (op == Op.REVEAL && code == 200) {
      assertEquals(secret.ciphertext(), TestRequests.body(response).get("ciphertext").asString());
    }
    if (op == Op.REVEAL && code == 200 || op == Op.REVOKE && code == 204) {
      consumed.incrementAndGet(index);
    }
  }

  private static void awaitAll(List<Future<?>> futures) throws Exception {
    for (Future<?> future : futures) {
      future.get(120, TimeUnit.SECONDS);
    }
  }
}

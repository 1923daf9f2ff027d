package io.securelink.bench.throughput;

import io.securelink.bench.BenchSecret;
import io.securelink.bench.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Concurrent clients that each create and then reveal their own secrets, one pair after another, all released at
 * once. The count of work is fixed up front, so a run always ends; a client that fails ends the whole run.
 *
 * @param pairs create+reveal pairs completed
 * @param wallNanos from the release of all clients until the last one finished
 * @param revealMillis each reveal's latency
 * @param pairMillis each create+reveal's latency
 */
record LoadRun(int pairs, long wallNanos, Samples revealMillis, Samples pairMillis) {

  private static final long LIMIT_SECONDS = 300;

  /** Returns reveals per second, each with its create. */
  double revealsPerSecond() {
    return pairs / (wallNanos / 1e9);
  }

  /** Runs one client thread per list in {@code secretsPerClient}, all through {@code client}. */
  static LoadRun run(SecretClient client, List<List<BenchSecret>> secretsPerClient) throws Exception {
    int clients = secretsPerClient.size();
    ExecutorService threads = Executors.newFixedThreadPool(clients);
    try {
      CountDownLatch ready = new CountDownLatch(clients);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<double[][]>> results = new ArrayList<>();
      for (List<BenchSecret> secrets : secretsPerClient) {
        results.add(threads.submit(() -> {
          ready.countDown();
          go.await();
          return pairs(client, secrets);
        }));
      }
      ready.await();
      long start = System.nanoTime();
      go.countDown();
      List<Double> reveals = new ArrayList<>();
      List<Double> pairs = new ArrayList<>();
      for (Future<double[][]> result : results) {
        double[][] latencies = result.get(LIMIT_SECONDS, TimeUnit.SECONDS);
        for (double[] latency : latencies) {
          reveals.add(latency[0]);
          pairs.add(latency[1]);
        }
      }
      long wall = System.nanoTime() - start;
      return new LoadRun(pairs.size(), wall, Samples.of(reveals), Samples.of(pairs));
    } finally {
      threads.shutdownNow();
    }
  }

  /** Returns, per secret, the milliseconds of its reveal and of its create+reveal. */
  private static double[][] pairs(SecretClient client, List<BenchSecret> secrets) throws Exception {
    double[][] latencies = new double[secrets.size()][];
    for (int i = 0; i < secrets.size(); i++) {
      long start = System.nanoTime();
      client.create(secrets.get(i));
      long created = System.nanoTime();
      client.reveal(secrets.get(i));
      long revealed = System.nanoTime();
      latencies[i] = new double[] {(revealed - created) / 1e6, (revealed - start) / 1e6};
    }
    return latencies;
  }
}

package io.securelink.bench.throughput;

import io.securelink.backend.BenchAccess;
import io.securelink.bench.BenchSecret;
import io.securelink.bench.Headline;
import io.securelink.bench.Samples;
import io.securelink.bench.SealedSecrets;
import io.securelink.bench.store.LocalS3;
import io.securelink.cli.serve.LocalServer;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * P4, local throughput: 32 concurrent clients creating and revealing secrets through {@code securelink serve}'s
 * {@link LocalServer} (HTTP API, the Lambda's {@code Api}, S3SecretStore), against the same S3 calls the store
 * makes issued straight from the SDK ({@link StoreSdkClient}, the target's baseline), and against the
 * minimal-protocol calls ({@link MinimalSdkClient}, a second figure), all on one local S3Proxy set up like serve's
 * embedded store.
 *
 * <p>The server runs in this JVM and reaches the store as {@code serve --s3-endpoint} does, so every side uses
 * the same store process; which kind goes first rotates from run to run.
 */
public final class ThroughputBench {

  private static final int CLIENTS = 32;
  private static final int PAIRS_PER_CLIENT = 20;
  private static final double TARGET = 0.8;

  private final int runs;
  private final PrintStream out;

  public ThroughputBench(int runs, PrintStream out) {
    this.runs = runs;
    this.out = out;
  }

  /** Runs P4, prints its figures and returns its headline. */
  public List<Headline> run() throws Exception {
    try (LocalS3 s3 = LocalS3.start();
        S3Client sdk = BenchAccess.s3Client(s3.endpoint(), LocalS3.REGION, true, s3.credentials());
        LocalServer server = startServer(s3)) {
      out.printf("P4 local throughput, %d clients x %d create+reveal pairs a run, %d runs%n",
          CLIENTS, PAIRS_PER_CLIENT, runs);
      StoreCalls calls = new StoreCalls(sdk, LocalS3.BUCKET);
      List<SecretClient> kinds = List.of(new ApiClient(server.url()), new StoreSdkClient(calls),
          new MinimalSdkClient(calls));
      // One untimed run of each: JIT, connection pools and the store's directories warm up.
      for (SecretClient kind : kinds) {
        LoadRun.run(kind, secrets());
      }
      List<List<LoadRun>> runsByKind = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      for (int run = 0; run < runs; run++) {
        for (int turn = 0; turn < kinds.size(); turn++) {
          int kind = (run + turn) % kinds.size();
          runsByKind.get(kind).add(LoadRun.run(kinds.get(kind), secrets()));
        }
      }
      return report(runsByKind.get(0), runsByKind.get(1), runsByKind.get(2));
    }
  }

  private List<Headline> report(List<LoadRun> apiRuns, List<LoadRun> storeCallRuns, List<LoadRun> minimalRuns) {
    print("securelink serve (HTTP API)               ", apiRuns);
    print("SDK, the store's 6 calls a pair (baseline)", storeCallRuns);
    print("SDK, minimal protocol, 4 calls a pair     ", minimalRuns);
    return List.of(
        Headline.atLeast("P4 reveals/s with creates, serve/SDK same calls", ratios(apiRuns, storeCallRuns), TARGET),
        Headline.untargeted("P4 reveals/s, serve/SDK minimal protocol", ratios(apiRuns, minimalRuns)));
  }

  private Samples ratios(List<LoadRun> subject, List<LoadRun> baseline) {
    double[] ratio = new double[runs];
    for (int run = 0; run < runs; run++) {
      ratio[run] = subject.get(run).revealsPerSecond() / baseline.get(run).revealsPerSecond();
    }
    return Samples.of(ratio);
  }

  private void print(String name, List<LoadRun> loadRuns) {
    out.printf("  %s: %s reveals/s; reveal p50 %s ms, p99 %s ms; create+reveal p50 %s ms, p99 %s ms%n", name,
        over(loadRuns, LoadRun::revealsPerSecond).minMedianMax(0),
        over(loadRuns, run -> run.revealMillis().percentile(50)).minMedianMax(1),
        over(loadRuns, run -> run.revealMillis().percentile(99)).minMedianMax(1),
        over(loadRuns, run -> run.pairMillis().percentile(50)).minMedianMax(1),
        over(loadRuns, run -> run.pairMillis().percentile(99)).minMedianMax(1));
  }

  private static Samples over(List<LoadRun> loadRuns, ToDoubleFunction<LoadRun> figure) {
    return Samples.of(loadRuns.stream().mapToDouble(figure).toArray());
  }

  /** Returns fresh secrets for one run, a list per client; sealing them is not part of the timed work. */
  private static List<List<BenchSecret>> secrets() {
    List<List<BenchSecret>> perClient = new ArrayList<>();
    for (int client = 0; client < CLIENTS; client++) {
      List<BenchSecret> secrets = new ArrayList<>();
      for (int pair = 0; pair < PAIRS_PER_CLIENT; pair++) {
        secrets.add(SealedSecrets.seal(SealedSecrets.TYPICAL_TEXT));
      }
      perClient.add(secrets);
    }
    return perClient;
  }

  /**
   * Starts serve's server on a free loopback port against {@code s3}. Serve takes an external store's credentials
   * from the SDK's default chain, whose first source is the {@code aws.accessKeyId} system properties: set here,
   * for this run's throwaway store only.
   */
  private static LocalServer startServer(LocalS3 s3) throws Exception {
    System.setProperty("aws.accessKeyId", s3.accessKey());
    System.setProperty("aws.secretAccessKey", s3.secretKey());
    return LocalServer.builder()
        .bind("127.0.0.1")
        .port(0)
        .externalS3(s3.endpoint(), LocalS3.BUCKET, LocalS3.REGION, true)
        .log(new PrintStream(OutputStream.nullOutputStream()))
        .start();
  }
}

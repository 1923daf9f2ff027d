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
 * {@link LocalServer} (HTTP API, the Lambda's {@code Api}, S3SecretStore), against the same S3 calls issued
 * straight from the SDK, both on one local S3Proxy set up like serve's embedded store.
 *
 * <p>The server runs in this JVM and reaches the store as {@code serve --s3-endpoint} does, so both sides use
 * the same store process; the two kinds alternate which goes first in each run.
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
      SecretClient api = new ApiClient(server.url());
      SecretClient direct = new SdkClient(sdk, LocalS3.BUCKET);
      // One untimed run of each: JIT, connection pools and the store's directories warm up.
      LoadRun.run(api, secrets());
      LoadRun.run(direct, secrets());
      List<LoadRun> apiRuns = new ArrayList<>();
      List<LoadRun> directRuns = new ArrayList<>();
      for (int run = 0; run < runs; run++) {
        if (run % 2 == 0) {
          apiRuns.add(LoadRun.run(api, secrets()));
          directRuns.add(LoadRun.run(direct, secrets()));
        } else {
          directRuns.add(LoadRun.run(direct, secrets()));
          apiRuns.add(LoadRun.run(api, secrets()));
        }
      }
      return report(apiRuns, directRuns);
    }
  }

  private List<Headline> report(List<LoadRun> apiRuns, List<LoadRun> directRuns) {
    double[] ratio = new double[runs];
    for (int run = 0; run < runs; run++) {
      ratio[run] = apiRuns.get(run).revealsPerSecond() / directRuns.get(run).revealsPerSecond();
    }
    print("securelink serve (HTTP API)", apiRuns);
    print("SDK straight to the store  ", directRuns);
    return List.of(Headline.atLeast("P4 reveals/s with creates, serve/SDK", Samples.of(ratio), TARGET));
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

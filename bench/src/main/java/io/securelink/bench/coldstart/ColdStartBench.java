package io.securelink.bench.coldstart;

import io.securelink.bench.BenchSecret;
import io.securelink.bench.Headline;
import io.securelink.bench.Samples;
import io.securelink.bench.SealedSecrets;
import io.securelink.bench.TempDirectory;
import io.securelink.bench.store.LocalS3;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * P3, the cold start proxy: fresh JVMs on the Lambda zip's classpath against one local S3Proxy (started here, once,
 * outside the timed JVMs). The measured JVM builds {@code LambdaHandler} and serves a create and a reveal; the
 * baseline JVM builds the same S3 client and does a put, a get and a delete. A third kind runs the handler's CRaC
 * priming hook before its requests: what a SnapStart snapshot would have done.
 *
 * <p>The three kinds take turns within each run, and which goes first rotates, so a burst of load on the shared
 * machine falls on all of them alike.
 */
public final class ColdStartBench {

  private static final double TARGET = 1.2;

  private final Path lambdaZip;
  private final int runs;
  private final PrintStream out;

  public ColdStartBench(Path lambdaZip, int runs, PrintStream out) {
    this.lambdaZip = lambdaZip;
    this.runs = runs;
    this.out = out;
  }

  /** Runs P3, prints its figures and returns its headlines. */
  public List<Headline> run() throws Exception {
    Path scratch = Files.createTempDirectory("securelink-bench-coldstart-");
    try (LocalS3 s3 = LocalS3.start()) {
      LambdaArtifact artifact = LambdaArtifact.unpack(lambdaZip, scratch.resolve("lambda"));
      printArtifact(artifact);
      List<Path> classpath = new ArrayList<>(artifact.classpath());
      classpath.add(benchClasses());
      ChildJvm jvm = new ChildJvm(classpath, environment(s3));
      Path secretFile = scratch.resolve("secret.txt");

      // One untimed round first, so every run finds the jars in the page cache.
      runAll(jvm, secretFile, 0);
      List<ChildJvm.Run> baseline = new ArrayList<>();
      List<ChildJvm.Run> handler = new ArrayList<>();
      List<ChildJvm.Run> primed = new ArrayList<>();
      for (int run = 0; run < runs; run++) {
        ChildJvm.Run[] round = runAll(jvm, secretFile, run);
        baseline.add(round[0]);
        handler.add(round[1]);
        primed.add(round[2]);
      }
      return report(baseline, handler, primed);
    } finally {
      TempDirectory.delete(scratch);
    }
  }

  /**
   * Runs baseline, handler and primed handler once each, each on a fresh secret, starting with kind
   * {@code run % 3} so that no kind always runs first; returns them as baseline, handler, primed.
   */
  private static ChildJvm.Run[] runAll(ChildJvm jvm, Path secretFile, int run) throws Exception {
    ChildJvm.Run[] round = new ChildJvm.Run[3];
    for (int step = 0; step < 3; step++) {
      int kind = (run + step) % 3;
      String secret = freshSecret(secretFile);
      round[kind] = switch (kind) {
        case 0 -> jvm.run(SdkColdStart.class, secret);
        case 1 -> jvm.run(HandlerColdStart.class, secret);
        default -> jvm.run(HandlerColdStart.class, secret, "--prime");
      };
    }
    return round;
  }

  private List<Headline> report(List<ChildJvm.Run> baseline, List<ChildJvm.Run> handler,
      List<ChildJvm.Run> primed) {
    double[] coldRatio = new double[runs];
    double[] primedRatio = new double[runs];
    double[] primingGain = new double[runs];
    for (int run = 0; run < runs; run++) {
      coldRatio[run] = handler.get(run).wallMillis() / baseline.get(run).wallMillis();
      primedRatio[run] = millis(primed.get(run).timing().requestNanos())
          / millis(baseline.get(run).timing().requestNanos());
      primingGain[run] = millis(primed.get(run).timing().requestNanos())
          / millis(handler.get(run).timing().requestNanos());
    }
    out.println("  JVM flags: " + String.join(" ", ChildJvm.LAMBDA_FLAGS) + " (AWS Lambda's Java 17 defaults)");
    out.println("  process start to exit, ms (min / median / max):");
    out.println("    baseline, S3 client + put, get, delete: " + wall(baseline).minMedianMax(0));
    out.println("    LambdaHandler + create, reveal:         " + wall(handler).minMedianMax(0));
    out.println("    ... with the priming hook run first:    " + wall(primed).minMedianMax(0));
    out.println("  inside the JVM, ms: init (main to ready) | priming | timed requests");
    out.println("    baseline: " + init(baseline).minMedianMax(0) + " | - | " + requests(baseline).minMedianMax(1));
    out.println("    handler:  " + init(handler).minMedianMax(0) + " | - | " + requests(handler).minMedianMax(1));
    out.println("    primed:   " + init(primed).minMedianMax(0) + " | " + priming(primed).minMedianMax(0) + " | "
        + requests(primed).minMedianMax(1));
    out.println("  first create+reveal after priming / without priming: " + Samples.of(primingGain).minMedianMax(2));
    return List.of(
        Headline.atMost("P3 cold start, handler/baseline process time", Samples.of(coldRatio), TARGET),
        Headline.atMost("P3 primed requests, handler/baseline in-JVM time", Samples.of(primedRatio), TARGET));
  }

  private void printArtifact(LambdaArtifact artifact) {
    out.printf("P3 cold start proxy, %d runs; Lambda zip %,d bytes (%,d unpacked, %d jars in lib/); largest:%n",
        runs, artifact.zipBytes(), artifact.unpackedBytes(), artifact.libraryCount());
    for (LambdaArtifact.Entry entry : artifact.largest(6)) {
      out.printf("    %,11d  %s%n", entry.bytes(), entry.name());
    }
  }

  /** Writes a new secret (a new id, so every create is a first create) and returns the file's path. */
  private static String freshSecret(Path file) throws Exception {
    BenchSecret secret = SealedSecrets.seal(SealedSecrets.TYPICAL_TEXT);
    Files.write(file, secret.lines());
    return file.toString();
  }

  /** The same settings a deployed function gets, pointing at the local store. */
  private static Map<String, String> environment(LocalS3 s3) {
    return Map.of(
        "SECURELINK_BUCKET", LocalS3.BUCKET,
        "SECURELINK_S3_ENDPOINT", s3.endpoint().toString(),
        "SECURELINK_S3_REGION", LocalS3.REGION,
        "SECURELINK_S3_PATH_STYLE", "true",
        "AWS_ACCESS_KEY_ID", s3.accessKey(),
        "AWS_SECRET_ACCESS_KEY", s3.secretKey());
  }

  /** Returns where the child mains were loaded from (bench/target/classes), to put after the Lambda's classes. */
  private static Path benchClasses() throws URISyntaxException {
    return Path.of(HandlerColdStart.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static Samples wall(List<ChildJvm.Run> runs) {
    return Samples.of(runs.stream().map(ChildJvm.Run::wallMillis).toList());
  }

  private static Samples init(List<ChildJvm.Run> runs) {
    return Samples.of(runs.stream().map(run -> millis(run.timing().initNanos())).toList());
  }

  private static Samples priming(List<ChildJvm.Run> runs) {
    return Samples.of(runs.stream().map(run -> millis(run.timing().primeNanos())).toList());
  }

  private static Samples requests(List<ChildJvm.Run> runs) {
    return Samples.of(runs.stream().map(run -> millis(run.timing().requestNanos())).toList());
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }
}

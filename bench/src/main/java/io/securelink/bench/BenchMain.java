package io.securelink.bench;

import io.securelink.bench.coldstart.ColdStartBench;
import io.securelink.bench.crypto.BrowserCryptoBench;
import io.securelink.bench.throughput.ThroughputBench;
import io.securelink.bench.weight.PageWeightBench;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The benchmark command behind {@code bench/run}: P1 browser crypto, P2 page weight, P3 cold start proxy and P4
 * local throughput, each printed as a ratio against a baseline measured in the same run, then a summary.
 *
 * <p>Options: {@code --runs N} (default 5), {@code --only P1,P3} (default all), {@code --repo DIR} (the checkout,
 * default the working directory). Exits 1 when a benchmark fails to run; a missed target is a finding, not a
 * failure, and exits 0.
 */
public final class BenchMain {

  private static final Set<String> FIGURES = Set.of("P1", "P2", "P3", "P4");

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    int runs = 5;
    Set<String> only = new LinkedHashSet<>(List.of("P1", "P2", "P3", "P4"));
    Path repo = Path.of("").toAbsolutePath();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs" -> runs = positive(value(args, ++i, "--runs"));
        case "--only" -> only = figures(value(args, ++i, "--only"));
        case "--repo" -> repo = Path.of(value(args, ++i, "--repo")).toAbsolutePath();
        default -> usage("unknown option " + args[i]);
      }
    }
    PrintStream out = System.out;
    out.println("SecureLink benchmarks, " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
    out.println("machine: " + Machine.describe());
    out.println("load average at start (1/5/15 min): " + Machine.load());
    out.println("command: bench/run --runs " + runs + " --only " + String.join(",", only));
    out.println();
    List<Headline> headlines = new ArrayList<>();
    for (String figure : only) {
      long start = System.nanoTime();
      headlines.addAll(switch (figure) {
        case "P1" -> new BrowserCryptoBench(repo.resolve("bench/target/crypto-page"), runs, out).run();
        case "P2" -> new PageWeightBench(runs, out).run();
        case "P3" -> new ColdStartBench(repo.resolve("backend/target/securelink-lambda.zip"), runs, out).run();
        case "P4" -> new ThroughputBench(runs, out).run();
        default -> throw new IllegalStateException(figure);
      });
      out.printf("  (%s took %.0f s; load average now %s)%n%n", figure, (System.nanoTime() - start) / 1e9,
          Machine.load());
    }
    out.println("SUMMARY: ratio median [min .. max] over " + runs + " runs, each against its same-run baseline");
    headlines.forEach(headline -> out.println("  " + headline.line()));
    out.println("load average at end (1/5/15 min): " + Machine.load());
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      usage(option + " needs a value");
    }
    return args[index];
  }

  private static int positive(String text) {
    try {
      int value = Integer.parseInt(text);
      if (value >= 1) {
        return value;
      }
    } catch (NumberFormatException e) {
      // Reported below, like any other bad value.
    }
    usage("--runs needs a whole number of at least 1, got " + text);
    return 0;
  }

  private static Set<String> figures(String list) {
    Set<String> figures = new LinkedHashSet<>();
    for (String figure : list.toUpperCase().split(",")) {
      if (!FIGURES.contains(figure.trim())) {
        usage("--only takes P1, P2, P3, P4, comma-separated; got " + figure);
      }
      figures.add(figure.trim());
    }
    return figures;
  }

  private static void usage(String problem) {
    System.err.println("bench/run: " + problem);
    System.err.println("usage: bench/run [--runs N] [--only P1,P2,P3,P4] [--repo DIR]");
    System.exit(2);
  }
}

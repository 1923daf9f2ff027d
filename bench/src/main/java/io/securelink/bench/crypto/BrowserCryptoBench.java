package io.securelink.bench.crypto;

import io.securelink.bench.Headline;
import io.securelink.bench.Samples;
import io.securelink.bench.chromium.Chromium;
import io.securelink.bench.chromium.DirectoryServer;
import io.securelink.core.LinkKey;
import io.securelink.core.Payload;
import io.securelink.core.SecretCodec;
import io.securelink.core.jce.JceCrypto;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * P1: seal+open in headless Chromium through SecureLink's TeaVM client (SecretCodec over WebCrypto) against raw
 * WebCrypto AES-GCM from plain JS in the same page, and the passphrase's PBKDF2 in the browser and on the JVM.
 *
 * <p>The raw baseline runs twice per size: on the content's size (the figure), and on the padded size the
 * client really encrypts, which separates what padding costs by design from what the binding costs. Within a run
 * the order of the three measurements rotates, so neither side always runs on a warmer browser.
 */
public final class BrowserCryptoBench {

  /** The content sizes of the issue: 1 KiB, 64 KiB, 1 MiB and 4 MiB (the largest a user may share). */
  private static final int[] CONTENT_BYTES = {1024, 64 * 1024, 1024 * 1024, Payload.MAX_CONTENT_BYTES};
  /** Per size, seal+opens per timed measurement: enough for a few hundred milliseconds of work. */
  private static final int[] ITERATIONS = {200, 60, 8, 3};
  /** FORMAT.md §Envelope: version byte, 12-byte nonce and 16-byte tag around the padded payload. */
  private static final int ENVELOPE_OVERHEAD_BYTES = 1 + 12 + 16;
  private static final double TARGET = 0.9;
  private static final double MIB = 1024 * 1024;

  private final Path pageDirectory;
  private final int runs;
  private final PrintStream out;

  public BrowserCryptoBench(Path pageDirectory, int runs, PrintStream out) {
    this.pageDirectory = pageDirectory;
    this.runs = runs;
    this.out = out;
  }

  /** Runs P1, prints its table and returns its headlines. */
  public List<Headline> run() throws IOException {
    try (DirectoryServer page = DirectoryServer.start(pageDirectory); Chromium chromium = Chromium.start()) {
      chromium.driver().get(page.url().toString());
      new WebDriverWait(chromium.driver(), Duration.ofSeconds(30))
          .withMessage("the benchmark page did not start")
          .until(driver -> "ready".equals(driver.findElement(By.tagName("body")).getDomAttribute("data-bench")));
      BrowserCalls calls = new BrowserCalls(chromium.driver());
      out.println("P1 browser crypto, " + chromium.version() + " headless, " + runs + " runs"
          + " (seal+open = seal, keys, open of a file payload; raw = random nonce, encrypt, decrypt)");
      List<Headline> headlines = new ArrayList<>();
      for (int size = 0; size < CONTENT_BYTES.length; size++) {
        headlines.add(sealOpen(calls, CONTENT_BYTES[size], ITERATIONS[size]));
      }
      headlines.add(passphrase(calls));
      return headlines;
    }
  }

  private Headline sealOpen(BrowserCalls calls, int contentBytes, int iterations) {
    int paddedBytes = paddedPlaintextBytes(contentBytes);
    List<DoubleSupplier> measurements = List.of(
        () -> calls.clientSealOpen(contentBytes, iterations),
        () -> calls.rawSealOpen(contentBytes, iterations),
        () -> calls.rawSealOpen(paddedBytes, iterations));
    // An untimed warm-up of all three: the first calls compile and allocate.
    measurements.forEach(DoubleSupplier::getAsDouble);
    double[][] millis = new double[3][runs];
    for (int run = 0; run < runs; run++) {
      for (int step = 0; step < 3; step++) {
        int which = (run + step) % 3;
        millis[which][run] = measurements.get(which).getAsDouble();
      }
    }
    double[] ratio = new double[runs];
    double[] ratioPadded = new double[runs];
    for (int run = 0; run < runs; run++) {
      ratio[run] = millis[1][run] / millis[0][run];
      ratioPadded[run] = millis[2][run] / millis[0][run];
    }
    double contentMib = contentBytes * (double) iterations / MIB;
    out.printf("  %-8s client %7.1f MiB/s | raw %7.1f MiB/s, ratio %s | raw at padded %s: %7.1f MiB/s,"
            + " ratio %s%n",
        sizeName(contentBytes), contentMib / (Samples.of(millis[0]).median() / 1000),
        contentMib / (Samples.of(millis[1]).median() / 1000), Samples.of(ratio).minMedianMax(2),
        sizeName(paddedBytes), contentMib / (Samples.of(millis[2]).median() / 1000),
        Samples.of(ratioPadded).minMedianMax(2));
    return Headline.atLeast("P1 seal+open " + sizeName(contentBytes) + ", client/raw throughput",
        Samples.of(ratio), TARGET);
  }

  private Headline passphrase(BrowserCalls calls) {
    calls.clientPassphraseKeys();
    calls.rawPbkdf2();
    double[] client = new double[runs];
    double[] raw = new double[runs];
    double[] ratio = new double[runs];
    for (int run = 0; run < runs; run++) {
      client[run] = calls.clientPassphraseKeys();
      raw[run] = calls.rawPbkdf2();
      ratio[run] = client[run] / raw[run];
    }
    Samples jvm = jvmPassphraseKeys();
    out.printf("  passphrase keys (PBKDF2-SHA256, 600,000 iterations): browser client %s ms, raw PBKDF2 %s ms,"
            + " JVM (JceCrypto) %s ms%n",
        Samples.of(client).minMedianMax(0), Samples.of(raw).minMedianMax(0), jvm.minMedianMax(0));
    return Headline.untargeted("P1 passphrase keys, client/raw PBKDF2 time", Samples.of(ratio));
  }

  /** Returns the milliseconds of SecretCodec.keys with a passphrase on the JVM, after one warm-up. */
  private Samples jvmPassphraseKeys() {
    SecretCodec codec = new SecretCodec(new JceCrypto());
    LinkKey key = codec.seal(Payload.text("benchmark"), null).key();
    codec.keys(key, "warm-up");
    double[] millis = new double[runs];
    for (int run = 0; run < runs; run++) {
      long start = System.nanoTime();
      codec.keys(key, "correct horse battery staple");
      millis[run] = (System.nanoTime() - start) / 1e6;
    }
    return Samples.of(millis);
  }

  /** Returns how many bytes AES-GCM encrypts for content of {@code contentBytes}: the padded payload. */
  private static int paddedPlaintextBytes(int contentBytes) {
    Payload payload = Payload.file("bench.bin", "application/octet-stream", new byte[contentBytes]);
    return new SecretCodec(new JceCrypto()).seal(payload, null).envelope().length - ENVELOPE_OVERHEAD_BYTES;
  }

  private static String sizeName(int bytes) {
    if (bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MiB";
    }
    return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " B";
  }
}

package io.securelink.bench.weight;

import io.securelink.bench.Headline;
import io.securelink.bench.Samples;
import io.securelink.bench.TempDirectory;
import io.securelink.bench.chromium.Chromium;
import io.securelink.cli.serve.LocalServer;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * P2, page weight: what the page loads from {@code securelink serve} (in-process {@link LocalServer} with its
 * embedded store), in bytes and gzip bytes, and the time from navigation to a usable create form.
 *
 * <p>The time's baseline is the same page with its scripts blocked: HTML and CSS alone, until the load event.
 * The browser cache is off, so every navigation fetches everything again.
 */
public final class PageWeightBench {

  /** The budget, 40 KB gzip for everything the page loads; read as 40,000 bytes, the stricter reading. */
  private static final double BUDGET_GZIP_BYTES = 40_000;
  private static final Duration WAIT = Duration.ofSeconds(30);

  /**
   * Installed before any of the page's scripts: notes {@code performance.now()} (milliseconds since navigation
   * started) at the first moment the create view is shown with its button enabled.
   */
  private static final String INTERACTIVE_PROBE = String.join("\n",
      "(function () {",
      "  function check() {",
      "    var view = document.getElementById('create-view');",
      "    var button = document.getElementById('create-button');",
      "    if (window.__securelinkInteractiveAt === undefined && view && button && !view.hidden",
      "        && !button.disabled) {",
      "      window.__securelinkInteractiveAt = performance.now();",
      "    }",
      "  }",
      "  new MutationObserver(check).observe(document, {subtree: true, childList: true, attributes: true});",
      "})();");

  private final int runs;
  private final PrintStream out;

  public PageWeightBench(int runs, PrintStream out) {
    this.runs = runs;
    this.out = out;
  }

  /** Runs P2, prints its figures and returns its headlines. */
  public List<Headline> run() throws Exception {
    Path data = Files.createTempDirectory("securelink-bench-serve-");
    try (LocalServer server = LocalServer.builder().bind("127.0.0.1").port(0).dataDirectory(data)
            .log(new PrintStream(OutputStream.nullOutputStream())).start();
        Chromium chromium = Chromium.start()) {
      chromium.devTools("Network.enable", Map.of());
      chromium.devTools("Network.setCacheDisabled", Map.of("cacheDisabled", true));
      chromium.devTools("Page.addScriptToEvaluateOnNewDocument", Map.of("source", INTERACTIVE_PROBE));
      URI page = server.url();
      double firstInteractive = interactiveMillis(chromium, page);
      List<ResourceWeight> weights = weigh(chromium, page);
      out.println("P2 page weight, served by securelink serve at " + page + ", " + runs + " runs, cache off");
      long bytes = 0;
      long gzipBytes = 0;
      for (ResourceWeight weight : weights) {
        out.printf("    %-22s %,9d bytes %,8d gzip%n", weight.path(), weight.bytes(), weight.gzipBytes());
        bytes += weight.bytes();
        gzipBytes += weight.gzipBytes();
      }
      out.printf("    %-22s %,9d bytes %,8d gzip (budget %,.0f gzip)%n", "total", bytes, gzipBytes,
          BUDGET_GZIP_BYTES);

      double[] interactive = new double[runs];
      double[] staticLoad = new double[runs];
      double[] ratio = new double[runs];
      for (int run = 0; run < runs; run++) {
        interactive[run] = interactiveMillis(chromium, page);
        staticLoad[run] = scriptlessLoadMillis(chromium, page);
        ratio[run] = interactive[run] / staticLoad[run];
      }
      out.printf("  navigation to interactive create form: %s ms (first load %.0f ms); HTML+CSS alone, to load"
          + " event: %s ms%n", Samples.of(interactive).minMedianMax(0), firstInteractive,
          Samples.of(staticLoad).minMedianMax(0));
      return List.of(
          Headline.atMost("P2 gzip bytes of the page / 40 KB budget", Samples.of(gzipBytes / BUDGET_GZIP_BYTES),
              1.0),
          Headline.untargeted("P2 time to interactive / HTML+CSS load", Samples.of(ratio)));
    } finally {
      TempDirectory.delete(data);
    }
  }

  /** Returns the page's own URL and every resource it fetched, weighed. */
  private static List<ResourceWeight> weigh(Chromium chromium, URI page) throws Exception {
    Set<String> urls = new LinkedHashSet<>();
    urls.add(page.toString());
    Object loaded = script(chromium).executeScript(
        "return performance.getEntriesByType('resource').map(function (entry) { return entry.name; });");
    for (Object url : (List<?>) loaded) {
      urls.add(String.valueOf(url));
    }
    List<ResourceWeight> weights = new ArrayList<>();
    for (String url : urls) {
      weights.add(ResourceWeight.of(URI.create(url)));
    }
    return weights;
  }

  /** Returns the milliseconds from navigation start until the create form was usable. */
  private static double interactiveMillis(Chromium chromium, URI page) {
    chromium.driver().get("about:blank");
    chromium.driver().get(page.toString());
    Object at = new WebDriverWait(chromium.driver(), WAIT)
        .withMessage("the create form did not become usable")
        .until(driver -> script(chromium).executeScript("return window.__securelinkInteractiveAt;"));
    return ((Number) at).doubleValue();
  }

  /** Returns the milliseconds from navigation start to the load event of the page with its scripts blocked. */
  private static double scriptlessLoadMillis(Chromium chromium, URI page) {
    chromium.driver().get("about:blank");
    chromium.devTools("Network.setBlockedURLs", Map.of("urls", List.of("*.js")));
    try {
      chromium.driver().get(page.toString());
      Object end = new WebDriverWait(chromium.driver(), WAIT)
          .withMessage("the page without scripts did not finish loading")
          .until(driver -> script(chromium).executeScript(
              "var entry = performance.getEntriesByType('navigation')[0];"
                  + " return entry && entry.loadEventEnd > 0 ? entry.loadEventEnd : null;"));
      return ((Number) end).doubleValue();
    } finally {
      chromium.devTools("Network.setBlockedURLs", Map.of("urls", List.of()));
    }
  }

  private static JavascriptExecutor script(Chromium chromium) {
    return chromium.driver();
  }
}

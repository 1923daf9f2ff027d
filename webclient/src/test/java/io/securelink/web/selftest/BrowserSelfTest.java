package io.securelink.web.selftest;

import io.securelink.core.VectorSuite;
import io.securelink.web.crypto.WebCrypto;
import io.securelink.web.crypto.WebCryptoAvailability;
import io.securelink.web.crypto.WebCryptoUnavailableException;
import org.teavm.jso.browser.Window;

/**
 * The entry point of the browser self-test bundle (selftest.js): runs the checks against {@link WebCrypto} in
 * the page and writes their lines into it for {@code WebCryptoBrowserTest} to read.
 *
 * <p>Opened with {@code ?insecure-origin} on a plain-http, non-loopback origin, it instead checks that
 * WebCrypto refuses to run there.
 */
public final class BrowserSelfTest {

  private BrowserSelfTest() {}

  public static void main(String[] args) {
    PageReport report = new PageReport();
    // WebCrypto suspends on promises, which TeaVM allows only on a thread it started.
    new Thread(() -> {
      CheckRunner checks = new CheckRunner(report);
      try {
        if (Window.current().getLocation().getSearch().contains("insecure-origin")) {
          checkRefusal(checks);
        } else {
          checkAll(checks);
        }
      } catch (Throwable failure) {
        checks.fail("self-test", failure);
      }
      checks.finish();
      report.markDone();
    }).start();
  }

  private static void checkAll(CheckRunner checks) throws WebCryptoUnavailableException {
    WebCrypto crypto = WebCrypto.create();
    CryptoKnownAnswers.register(checks, crypto);
    AeadChecks.register(checks, crypto);
    RandomChecks.register(checks, crypto);
    checks.runCounted("format-vectors", () -> VectorSuite.run(crypto, Fetch.text("vectors.json")));
    RoundTripChecks.register(checks, crypto);
    InteropChecks.register(checks, crypto);
  }

  private static void checkRefusal(CheckRunner checks) {
    checks.run("refuses-insecure-origin", () -> {
      Expect.isTrue(WebCrypto.availability() == WebCryptoAvailability.NOT_SECURE_CONTEXT,
          "availability is " + WebCrypto.availability());
      try {
        WebCrypto.create();
      } catch (WebCryptoUnavailableException expected) {
        Expect.isTrue(expected.availability() == WebCryptoAvailability.NOT_SECURE_CONTEXT, "reason");
        Expect.isTrue(expected.getMessage().contains("HTTPS"), "message names HTTPS: " + expected.getMessage());
        return;
      }
      throw new AssertionError("WebCrypto.create() ran on an insecure origin");
    });
  }
}

package io.securelink.web.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.securelink.web.browser.HeadlessChromium;
import io.securelink.web.browser.SelfTestReport;
import io.securelink.web.browser.StaticFileServer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Runs the TeaVM-compiled self-test ({@code io.securelink.web.selftest.BrowserSelfTest}, built into
 * target/selftest by the process-test-classes phase) in headless Chromium and turns each line it reports into
 * a test. The checks exercise {@link WebCrypto} exactly as the page uses it: on a TeaVM thread, in a page
 * served over HTTP on 127.0.0.1.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebCryptoBrowserTest {

  /** Checks the browser must report; one missing means the self-test silently stopped short. */
  private static final List<String> REQUIRED_CHECKS = List.of(
      "sha256-abc", "hkdf-rfc5869-case1", "hkdf-rfc5869-case3-empty-salt", "pbkdf2-1-iteration",
      "pbkdf2-4096-iterations", "aes256gcm-case13-empty", "aes256gcm-case14-seal", "aes256gcm-case14-open",
      "aead-round-trip", "aead-every-bit-flip-fails", "aead-other-associated-data-fails", "aead-other-nonce-fails",
      "aead-other-key-fails", "aead-truncation-fails", "aead-rejects-aes128-key", "aead-rejects-short-nonce",
      "random-zero-length", "random-every-piece-filled", "random-differs-between-calls");

  /** A plain-http origin that is not loopback, so not a secure context; Chromium resolves it to 127.0.0.1. */
  private static final String INSECURE_HOST = "insecure.test";

  private static final Duration SELF_TEST_LIMIT = Duration.ofSeconds(240);

  private StaticFileServer server;
  private HeadlessChromium chromium;

  @BeforeAll
  void start() throws IOException {
    Path selfTest = Path.of(System.getProperty("securelink.selftest.dir", "target/selftest"));
    Path vectors = Path.of(System.getProperty("securelink.vectors", "../docs/format-vectors.json"));
    server = StaticFileServer.start(selfTest, Map.of("/vectors.json", vectors));
    chromium = HeadlessChromium.start(
        "--host-resolver-rules=MAP " + INSECURE_HOST + " 127.0.0.1",
        "--disable-features=HttpsUpgrades");
  }

  @AfterAll
  void stop() throws IOException {
    try {
      if (chromium != null) {
        chromium.close();
      }
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> webCryptoChecks() {
    SelfTestReport report = runSelfTest("http://127.0.0.1:" + server.port() + "/");
    DynamicTest allRan = dynamicTest("every required check ran", () -> {
      for (String name : REQUIRED_CHECKS) {
        assertNotNull(report.check(name), "the browser did not report " + name);
      }
    });
    Stream<DynamicTest> each = report.checks().stream()
        .map(check -> dynamicTest(check.name(), () -> assertTrue(check.passed(), check.detail())));
    return Stream.concat(Stream.of(allRan), each);
  }

  @Test
  void refusesToRunOnAnInsecureOrigin() {
    SelfTestReport report = runSelfTest("http://" + INSECURE_HOST + ":" + server.port() + "/?insecure-origin");
    assertEquals(1, report.checks().size(), "checks reported: " + report.checks());
    SelfTestReport.Check refusal = report.check("refuses-insecure-origin");
    assertNotNull(refusal, "checks reported: " + report.checks());
    assertTrue(refusal.passed(), refusal.detail());
  }

  private SelfTestReport runSelfTest(String url) {
    WebDriver driver = chromium.driver();
    driver.get(url);
    new WebDriverWait(driver, SELF_TEST_LIMIT)
        .withMessage("the browser self-test at " + url + " did not finish")
        .until(page -> "done".equals(page.findElement(By.tagName("body")).getDomAttribute("data-selftest")));
    String text = driver.findElement(By.id("report")).getDomProperty("textContent");
    // The whole report in the build log, so a failure in CI can be read without rerunning it.
    System.out.println("browser self-test at " + url + ":\n" + text);
    return SelfTestReport.parse(text);
  }
}

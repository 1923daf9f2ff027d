package io.securelink.web.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.securelink.core.Base64Url;
import io.securelink.core.LinkKey;
import io.securelink.core.Payload;
import io.securelink.core.Sealed;
import io.securelink.core.SecretCodec;
import io.securelink.core.VectorSuite;
import io.securelink.core.jce.JceCrypto;
import io.securelink.web.browser.HeadlessChromium;
import io.securelink.web.browser.SelfTestReport;
import io.securelink.web.browser.StaticFileServer;
import io.securelink.web.selftest.SampleTexts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * a test. The checks exercise {@link WebCrypto} as the page uses it: on a TeaVM thread, in a page served over
 * HTTP on 127.0.0.1. Secrets also cross between the bindings: sealed here with JceCrypto and opened in the
 * browser, and the other way round.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebCryptoBrowserTest {

  /** Checks the browser must report; one missing means the self-test silently stopped short. */
  private static final List<String> REQUIRED_CHECKS = List.of(
      "sha256-abc", "hkdf-rfc5869-case1", "hkdf-rfc5869-case3-empty-salt", "pbkdf2-1-iteration",
      "pbkdf2-4096-iterations", "aes256gcm-case13-empty", "aes256gcm-case14-seal", "aes256gcm-case14-open",
      "aead-round-trip", "aead-opens-a-range-in-place", "aead-every-bit-flip-fails", "aead-other-associated-data-fails", "aead-other-nonce-fails",
      "aead-other-key-fails", "aead-truncation-fails", "aead-rejects-aes128-key", "aead-rejects-short-nonce",
      "random-zero-length", "random-every-piece-filled", "random-differs-between-calls",
      "format-vectors",
      "text-ascii", "text-non-ascii-c03", "text-pem-crlf-c03", "text-single-byte", "text-blank-rejected",
      "text-via-link", "file-every-byte-value", "file-1-mib", "file-4-mib-limit", "file-over-limit-rejected",
      "passphrase-round-trip", "passphrase-id-needs-no-passphrase", "passphrase-wrong-fails",
      "passphrase-missing-fails", "tamper-every-envelope-byte-fails", "tamper-swapped-envelopes-fail",
      "interop-opens-jvm-sealed", "interop-browser-sealed");

  /** A plain-http origin that is not loopback, so not a secure context; Chromium resolves it to 127.0.0.1. */
  private static final String INSECURE_HOST = "insecure.test";

  private static final Duration SELF_TEST_LIMIT = Duration.ofSeconds(240);

  private final SecretCodec jvmCodec = new SecretCodec(new JceCrypto());
  private String vectors;
  private StaticFileServer server;
  private HeadlessChromium chromium;

  @BeforeAll
  void start() throws IOException {
    Path selfTest = Path.of(System.getProperty("securelink.selftest.dir", "target/selftest"));
    Path vectorFile = Path.of(System.getProperty("securelink.vectors", "../docs/format-vectors.json"));
    vectors = Files.readString(vectorFile, StandardCharsets.UTF_8);
    Path interop = Files.createTempFile("securelink-interop-", ".txt");
    Files.writeString(interop, jvmSealedSecrets(), StandardCharsets.UTF_8);
    server = StaticFileServer.start(selfTest, Map.of("/vectors.json", vectorFile, "/interop.txt", interop));
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
    Stream<DynamicTest> wholeReport = Stream.of(
        dynamicTest("every required check ran", () -> {
          for (String name : REQUIRED_CHECKS) {
            assertNotNull(report.check(name), "the browser did not report " + name);
          }
        }),
        dynamicTest("the browser checked as many vectors as the JVM", () -> assertEquals(
            VectorSuite.run(new JceCrypto(), vectors) + " cases", passed(report, "format-vectors").detail())),
        dynamicTest("a secret sealed in the browser opens on the JVM", () -> {
          String[] linkAndEnvelope = passed(report, "interop-browser-sealed").detail().split(" ");
          Payload opened = jvmCodec.open(
              jvmCodec.keys(LinkKey.parse(linkAndEnvelope[0]), SampleTexts.PASSPHRASE),
              Base64Url.decode(linkAndEnvelope[1]));
          assertEquals(SampleTexts.NON_ASCII, opened.text());
        }));
    Stream<DynamicTest> eachCheck = report.checks().stream()
        .map(check -> dynamicTest(check.name(), () -> assertTrue(check.passed(), check.detail())));
    return Stream.concat(wholeReport, eachCheck);
  }

  @Test
  void refusesToRunOnAnInsecureOrigin() {
    SelfTestReport report = runSelfTest("http://" + INSECURE_HOST + ":" + server.port() + "/?insecure-origin");
    assertEquals(1, report.checks().size(), "checks reported: " + report.checks());
    passed(report, "refuses-insecure-origin");
  }

  /** Returns interop.txt: two secrets sealed with JceCrypto, in the layout InteropChecks reads. */
  private String jvmSealedSecrets() {
    Sealed plain = jvmCodec.seal(Payload.text(SampleTexts.NON_ASCII), null);
    Sealed protectedByPassphrase = jvmCodec.seal(Payload.text(SampleTexts.PEM_CRLF), SampleTexts.PASSPHRASE);
    return String.join("\n",
        plain.link("https://securelink.example"), Base64Url.encode(plain.envelope()),
        protectedByPassphrase.link("https://securelink.example"),
        Base64Url.encode(protectedByPassphrase.envelope()));
  }

  private static SelfTestReport.Check passed(SelfTestReport report, String name) {
    SelfTestReport.Check check = report.check(name);
    assertNotNull(check, "the browser did not report " + name + "; it reported " + report.checks());
    assertTrue(check.passed(), name + ": " + check.detail());
    return check;
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

package io.securelink.bench.crypto;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Calls the benchmark page's two halves, {@code window.securelinkClient} (TeaVM) and {@code window.rawWebCrypto}
 * (plain JS), and reads back the milliseconds each timed part took, measured in the page itself.
 */
final class BrowserCalls {

  private static final String CALLBACK = "var done = arguments[arguments.length - 1];";

  private final JavascriptExecutor page;

  BrowserCalls(WebDriver driver) {
    this.page = (JavascriptExecutor) driver;
  }

  double clientSealOpen(int contentBytes, int iterations) {
    return call(CALLBACK + "window.securelinkClient.sealOpen(arguments[0], arguments[1], done);",
        contentBytes, iterations);
  }

  double rawSealOpen(int contentBytes, int iterations) {
    return call(CALLBACK + "window.rawWebCrypto.sealOpen(arguments[0], arguments[1]).then(done);",
        contentBytes, iterations);
  }

  double clientPassphraseKeys() {
    return call(CALLBACK + "window.securelinkClient.passphraseKeys(done);");
  }

  double rawPbkdf2() {
    return call(CALLBACK + "window.rawWebCrypto.pbkdf2().then(done);");
  }

  /** Runs {@code script} and returns the milliseconds in its {@code "ok <ms>"} answer; anything else fails. */
  private double call(String script, Object... arguments) {
    Object answer = page.executeAsyncScript(script, arguments);
    String text = String.valueOf(answer);
    if (!text.startsWith("ok ")) {
      throw new IllegalStateException("the benchmark page answered: " + text);
    }
    double millis = Double.parseDouble(text.substring(3));
    if (!(millis > 0)) {
      throw new IllegalStateException("the benchmark page measured no time: " + text);
    }
    return millis;
  }
}

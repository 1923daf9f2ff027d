package io.securelink.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Files;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Drives the SecureLink page through its stable element ids, as a person would: type or choose, click, read.
 * Shared by the browser tests and the CLI-to-browser tests.
 */
public final class SecureLinkPage {

  /** The expiry choices, in seconds as the page's select offers them. */
  public static final String FIVE_MINUTES = "300";
  public static final String ONE_DAY = "86400";

  private final Chromium browser;
  private final String origin;

  public SecureLinkPage(Chromium browser, String origin) {
    this.browser = browser;
    this.origin = origin;
  }

  public Chromium browser() {
    return browser;
  }

  /** Loads the create view and waits until the page's script has started. */
  public void openCreate() {
    browser.open(origin + "/");
    browser.waitUntil(d -> browser.isShown("create-view"));
  }

  /** Types {@code text} into the secret box, key by key (characters outside the BMP cannot be typed). */
  public void typeSecret(String text) {
    WebElement input = browser.byId("secret-input");
    input.clear();
    input.sendKeys(text);
  }

  /**
   * Sets the secret box's value by script, as a paste would, and returns what the textarea then holds: the
   * browser normalizes line breaks in a textarea's value, so that is what the page shares.
   */
  public String pasteSecret(String text) {
    return (String) browser.script("var box = document.getElementById('secret-input');"
        + " box.value = arguments[0]; box.dispatchEvent(new Event('input')); return box.value;", text);
  }

  public void choosePassphrase(String passphrase) {
    browser.byId("passphrase-input").sendKeys(passphrase);
  }

  public void chooseExpiry(String seconds) {
    new Select(browser.byId("expiry-select")).selectByValue(seconds);
  }

  public void chooseFile(Path file) {
    browser.byId("file-input").sendKeys(file.toAbsolutePath().toString());
  }

  public void clickCreate() {
    browser.byId("create-button").click();
  }

  /** Clicks create and returns the link once the page shows it. */
  public String create() {
    clickCreate();
    return waitForLink();
  }

  public String waitForLink() {
    browser.waitUntil(d -> browser.isShown("result-view"));
    String link = browser.byId("link-output").getAttribute("value");
    assertEquals(origin + "/#v1.", link.substring(0, origin.length() + 5), "the link's shape");
    return link;
  }

  /** Opens {@code link} and waits until the page has checked its status (or shown why it cannot). */
  public void openLink(String link) {
    browser.open(link);
    browser.waitUntil(d -> isRevealReady() || browser.isShown("notice-view")
        || browser.byId("status-message").getAttribute("class").contains("error"));
  }

  /** Returns whether the Reveal button is offered and enabled. */
  public boolean isRevealReady() {
    return browser.isShown("reveal-view") && browser.byId("reveal-button").isEnabled();
  }

  /** Types the passphrase (if any) and clicks Reveal; does not wait. */
  public void clickReveal(String passphraseOrNull) {
    if (passphraseOrNull != null) {
      WebElement input = browser.byId("reveal-passphrase-input");
      input.clear();
      input.sendKeys(passphraseOrNull);
    }
    browser.byId("reveal-button").click();
  }

  /** Waits until the reveal button is usable again after a refused try, and returns the status message. */
  public String waitForRefusal(String part) {
    String message = browser.waitForText("status-message", part);
    browser.waitUntil(d -> browser.byId("reveal-button").isEnabled());
    return message;
  }

  /** Waits for the revealed view and returns the revealed text exactly, from the DOM rather than as rendered. */
  public String waitForRevealedText() {
    browser.waitUntil(d -> browser.isShown("revealed-text-group"));
    // WebDriver turns CR LF into LF in script results, so the text crosses percent-encoded to stay byte-exact.
    String encoded = (String) browser.script(
        "return encodeURIComponent(document.getElementById('revealed-secret').textContent);");
    return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
  }

  /**
   * Waits for the download link, clicks it as a person would, and returns the saved file. (The page's CSP keeps
   * even its own scripts from fetching the blob URL, so the download is the only way out, as it should be.)
   */
  public Path downloadRevealedFile() {
    browser.waitUntil(d -> browser.isShown("revealed-file-group"));
    String name = browser.byId("download-link").getAttribute("download");
    browser.byId("download-link").click();
    Path target = browser.downloads().resolve(name);
    Path partial = browser.downloads().resolve(name + ".crdownload");
    browser.waitUntil(d -> Files.exists(target) && !Files.exists(partial));
    return target;
  }

  /** Waits for the "no longer available" notice and returns the status message that explains it. */
  public String waitForGone() {
    browser.waitUntil(d -> browser.isShown("notice-view"));
    return browser.waitForText("status-message", "already viewed, revoked or expired");
  }

  /** Returns the address bar's URL. */
  public String currentUrl() {
    return browser.driver().getCurrentUrl();
  }
}

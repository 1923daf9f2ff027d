package io.securelink.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * What a person sees and how they get around: both views in light and dark mode, on a phone and a desktop
 * width, stay within the screen, keep readable contrast and label every control; and the whole round trip
 * works from the keyboard alone. Screenshots go to target/screenshots for a person to look at.
 */
class PageLayoutE2eTest extends PageE2eTest {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final double MIN_TEXT_CONTRAST = 4.5;

  @BeforeAll
  static void createScreenshotFolder() throws IOException {
    Files.createDirectories(SCREENSHOTS);
  }

  @Test
  void bothViewsFitAndStayReadableInBothSchemesAndWidths() {
    for (String scheme : new String[] {"light", "dark"}) {
      browser.cdp("Emulation.setEmulatedMedia",
          Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
      for (int width : new int[] {360, 1000}) {
        browser.cdp("Emulation.setDeviceMetricsOverride",
            Map.of("width", width, "height", 1100, "deviceScaleFactor", 1, "mobile", width < 600));
        page.openCreate();
        page.typeSecret("what the create page looks like");
        checkLayout("create-" + scheme + "-" + width);
        String link = page.create();
        checkLayout("link-" + scheme + "-" + width);
        page.openLink(link);
        checkLayout("reveal-" + scheme + "-" + width);
        page.clickReveal(null);
        page.waitForRevealedText();
        checkLayout("revealed-" + scheme + "-" + width);
        page.openLink(link);
        page.waitForGone();
        checkLayout("gone-" + scheme + "-" + width);
      }
    }
    browser.cdp("Emulation.clearDeviceMetricsOverride", Map.of());
    browser.cdp("Emulation.setEmulatedMedia", Map.of("features", List.of()));
  }

  @Test
  void passphraseFileAndErrorViewsFitAndStayReadable(@TempDir Path folder) throws IOException {
    Path file = Files.writeString(folder.resolve("deploy-notes.txt"), "notes for the deploy");
    for (String scheme : new String[] {"light", "dark"}) {
      browser.cdp("Emulation.setEmulatedMedia",
          Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
      page.openCreate();
      page.chooseFile(file);
      page.choosePassphrase("a passphrase");
      browser.waitForText("file-details", "deploy-notes.txt");
      checkLayout("create-file-" + scheme);
      String link = page.create();
      page.openLink(link);
      checkLayout("reveal-passphrase-" + scheme);
      page.clickReveal("not the passphrase");
      page.waitForRefusal("That passphrase is wrong");
      checkLayout("wrong-passphrase-" + scheme);
      page.clickReveal("a passphrase");
      page.downloadRevealedFile();
      checkLayout("revealed-file-" + scheme);
    }
    browser.cdp("Emulation.setEmulatedMedia", Map.of("features", List.of()));
  }

  @Test
  void theWholeRoundTripWorksFromTheKeyboardAlone() {
    page.openCreate();
    focusById("secret-input");
    press("typed without a mouse");
    focusById("create-button");
    press(Keys.ENTER);
    String link = page.waitForLink();
    assertEquals("link-output", activeId(), "the new link has the focus");

    page.openLink(link);
    assertEquals("reveal-button", activeId(), "Reveal has the focus once the status is known");
    press(Keys.ENTER);
    assertEquals("typed without a mouse", page.waitForRevealedText());
  }

  /** Tabs forward (at most 40 times) until the element {@code id} has the focus. */
  private static void focusById(String id) {
    for (int presses = 0; presses < 40; presses++) {
      if (id.equals(activeId())) {
        return;
      }
      press(Keys.TAB);
    }
    throw new AssertionError("Tab never reached #" + id + "; stuck at #" + activeId());
  }

  /** Types at whatever has the focus, as a keyboard does (element-targeted keys would bypass focus order). */
  private static void press(CharSequence keys) {
    new Actions(browser.driver()).sendKeys(keys).perform();
  }

  private static String activeId() {
    return String.valueOf(browser.script("return document.activeElement ? document.activeElement.id : '';"));
  }

  private static void checkLayout(String name) {
    browser.screenshot(SCREENSHOTS.resolve(name + ".png"));
    Object overflow = browser.script("return document.documentElement.scrollWidth - window.innerWidth;");
    assertTrue(((Number) overflow).intValue() <= 0, name + ": the page is wider than the screen by " + overflow);
    Object unlabelled = browser.script("var missing = [];"
        + " document.querySelectorAll('input, textarea, select, button, canvas, pre').forEach(e => {"
        + "   if (e.offsetParent === null) return;"
        + "   var named = (e.labels && e.labels.length) || e.getAttribute('aria-label') || e.textContent.trim();"
        + "   if (!named) missing.push(e.id || e.tagName); });"
        + " return missing.join(',');");
    assertEquals("", unlabelled, name + ": controls without a label");
    Object contrast = browser.script(CONTRAST_SCRIPT);
    assertTrue(((Number) contrast).doubleValue() >= MIN_TEXT_CONTRAST,
        name + ": the lowest text contrast is " + contrast);
  }

  /**
   * Returns the lowest WCAG contrast ratio between a visible text element's colour and the background it sits on
   * (the nearest ancestor with an opaque background).
   */
  private static final String CONTRAST_SCRIPT = "function rgb(c) { var m = c.match(/[\\d.]+/g).map(Number);"
      + " return {r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1}; }"
      + " function lum(c) { return [c.r, c.g, c.b].map(v => { v /= 255;"
      + " return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })"
      + " .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0); }"
      + " function background(e) { for (; e; e = e.parentElement) { var c = rgb(getComputedStyle(e).backgroundColor);"
      + " if (c.a > 0.9) return c; } return rgb(getComputedStyle(document.body).backgroundColor); }"
      + " var lowest = 21; document.querySelectorAll('body *').forEach(e => {"
      + " if (e.offsetParent === null || !e.childNodes.length) return;"
      + " var hasText = Array.from(e.childNodes).some(n => n.nodeType === 3 && n.textContent.trim());"
      + " if (!hasText || getComputedStyle(e).opacity < 1) return;"
      + " var a = lum(rgb(getComputedStyle(e).color)), b = lum(background(e));"
      + " var ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); if (ratio < lowest) lowest = ratio; });"
      + " return lowest;";
}

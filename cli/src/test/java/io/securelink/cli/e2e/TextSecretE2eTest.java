package io.securelink.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Text secrets in real Chromium: byte-exact round trips (case c03), once only, and nothing secret on the wire. */
class TextSecretE2eTest extends PageE2eTest {

  @Test
  void pastedNonAsciiTextIsRevealedExactlyOnceAndThenGone() {
    page.openCreate();
    String entered = page.pasteSecret(Texts.C03);
    // A textarea's value turns CR LF into LF (HTML's newline normalization) and keeps NUL: that is what was
    // entered. CR LF itself round trips through files and the CLI, which the file test covers.
    assertEquals(Texts.C03.replace("\r\n", "\n"), entered);
    assertTrue(entered.indexOf('\u0000') >= 0, "the textarea keeps NUL");
    String link = page.create();
    assertEquals("", browser.byId("secret-input").getAttribute("value"), "the text is cleared once shared");

    page.openLink(link);
    assertTrue(browser.text("reveal-intro").startsWith("This secret can be viewed once."));
    assertFalse(browser.isShown("reveal-passphrase-group"), "no passphrase was set");
    assertEquals(0, server.count("POST /api/secrets/{id}/reveal", 200), "opening the link consumes nothing");
    page.clickReveal(null);
    assertEquals(entered, page.waitForRevealedText());
    assertFalse(page.currentUrl().contains("#"), "the fragment is removed after reading: " + page.currentUrl());

    page.openLink(link);
    page.waitForGone();
    assertEquals(1, server.count("POST /api/secrets/{id}/reveal", 200));

    List<BrowserRequest> api = new TrafficAudit().forbidLink(link).forbidPlaintext(entered)
        .check(browser.requests(), server.logLines());
    assertTrue(api.stream().anyMatch(r -> r.method().equals("POST") && r.path().equals("/api/secrets")));
  }

  @Test
  void typedTextWithLineBreaksRoundTrips() {
    String typed = "Grüße, Jörg — 密码: Ünïcödé\nשלום עולם\n  indented line, trailing spaces  \n";
    page.openCreate();
    page.typeSecret(typed);
    String link = page.create();
    page.openLink(link);
    page.clickReveal(null);
    assertEquals(typed, page.waitForRevealedText());
    new TrafficAudit().forbidLink(link).forbidPlaintext(typed).check(browser.requests(), server.logLines());
  }

  @Test
  void copyButtonSaysCopiedOnlyWhenTheClipboardTookTheLink() {
    page.openCreate();
    page.typeSecret("clipboard check secret");
    String link = page.create();

    browser.setClipboardPermission(server.origin(), "denied");
    browser.byId("copy-link-button").click();
    browser.waitForText("copy-link-button", "Copy failed — select the link and copy it");

    browser.setClipboardPermission(server.origin(), "granted");
    browser.byId("copy-link-button").click();
    browser.waitForText("copy-link-button", "Copied");
    Object clipboard = browser.asyncScript("var done = arguments[arguments.length - 1];"
        + " navigator.clipboard.readText().then(done, e => done('read failed: ' + e));");
    assertEquals(link, clipboard);
    new TrafficAudit().forbidLink(link).forbidPlaintext("clipboard check secret")
        .check(browser.requests(), server.logLines());
  }
}

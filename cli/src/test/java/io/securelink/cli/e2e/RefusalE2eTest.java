package io.securelink.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.securelink.core.Payload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the page refuses before any request: blank input (case c05), a file over the limit (c06), a damaged link,
 * and a page without WebCrypto (plain http on a host other than loopback).
 */
class RefusalE2eTest extends PageE2eTest {

  @TempDir
  Path folder;

  @Test
  void blankInputIsNothingToShareAndUploadsNothing() {
    page.openCreate();
    int before = apiRequests(browser).size();
    page.clickCreate();
    browser.waitForText("status-message", "There is nothing to share");
    page.pasteSecret("   \n\t  \r\n \u00A0\u2003 ");
    page.clickCreate();
    browser.waitForText("status-message", "There is nothing to share");
    assertFalse(browser.isShown("result-view"));
    assertEquals(before, apiRequests(browser).size(), "nothing was sent");
  }

  @Test
  void aFileOneByteOverTheLimitIsRefusedBeforeEncrypting() throws IOException {
    Path file = Files.write(folder.resolve("too-big.bin"), new byte[Payload.MAX_CONTENT_BYTES + 1]);
    page.openCreate();
    int before = apiRequests(browser).size();
    page.chooseFile(file);
    browser.waitForText("status-message", "the limit is 4 MiB (4,194,304 bytes)");
    page.clickCreate();
    String message = browser.waitForText("status-message", "Nothing was encrypted or uploaded");
    assertTrue(message.contains("4,194,305 bytes"), message);
    assertFalse(browser.isShown("result-view"), "no link is shown");
    assertEquals("", browser.byId("link-output").getAttribute("value"));
    assertEquals(before, apiRequests(browser).size(), "nothing was sent");
  }

  @Test
  void aDamagedLinkIsRecognisedWithoutAnyRequestAndBurnsNothing() {
    page.openCreate();
    page.typeSecret("a link damaged in transit");
    String link = page.create();
    int key = link.indexOf("#v1.") + 4;
    char changed = link.charAt(key + 10) == 'A' ? 'B' : 'A';
    String[] damaged = {
      link.substring(0, key + 10) + changed + link.substring(key + 11),
      link.substring(0, link.length() - 3),
      link.substring(0, key + 5) + link.substring(key + 6),
    };
    for (String broken : damaged) {
      // A fresh page load, so no earlier script state carries over.
      browser.open("about:blank");
      int before = apiRequests(browser).size();
      page.openLink(broken);
      assertEquals("This link cannot be opened", browser.text("notice-title"));
      browser.waitForText("status-message", "incomplete or damaged");
      assertEquals(before, apiRequests(browser).size(), "a damaged link makes no request");
    }
    page.openLink(link);
    page.clickReveal(null);
    assertEquals("a link damaged in transit", page.waitForRevealedText());
  }

  @Test
  void plainHttpOnAnotherHostHasNoWebCryptoAndSaysSo() {
    // As with `serve --bind 0.0.0.0` opened by host name on a LAN: plain http on a name that is not loopback,
    // so the browser withholds crypto.subtle. The resolver rule keeps every connection on 127.0.0.1.
    try (PageServer lan = PageServer.startBoundTo("0.0.0.0")) {
      SecureLinkPage sender = new SecureLinkPage(browser, lan.origin());
      sender.openCreate();
      sender.typeSecret("opened where WebCrypto is missing");
      String link = sender.create();
      String port = lan.origin().substring(lan.origin().lastIndexOf(':') + 1);
      String insecureOrigin = "http://securelink.test:" + port;
      try (Chromium insecure = Chromium.start(List.of("--host-resolver-rules=MAP securelink.test 127.0.0.1"))) {
        SecureLinkPage reveal = new SecureLinkPage(insecure, insecureOrigin);
        reveal.openLink(insecureOrigin + "/" + link.substring(link.indexOf('#')));
        assertEquals("This page cannot decrypt here", insecure.text("notice-title"));
        insecure.waitForText("status-message", "not opened over HTTPS");
        assertEquals(0, apiRequests(insecure).size(), "no request without WebCrypto");

        reveal.openCreate();
        insecure.waitForText("status-message", "not opened over HTTPS");
        reveal.typeSecret("never leaves this page");
        reveal.clickCreate();
        insecure.waitForText("status-message", "not opened over HTTPS");
        assertEquals(0, apiRequests(insecure).size(), "nothing is uploaded without WebCrypto");
      }
      sender.openLink(link);
      sender.clickReveal(null);
      assertEquals("opened where WebCrypto is missing", sender.waitForRevealedText());
    }
  }

  private static List<BrowserRequest> apiRequests(Chromium chromium) {
    return chromium.requests().stream().filter(BrowserRequest::isApi).toList();
  }
}

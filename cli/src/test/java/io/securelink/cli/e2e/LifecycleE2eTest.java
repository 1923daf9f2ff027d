package io.securelink.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.securelink.core.DamagedLinkException;
import io.securelink.core.LinkKey;
import io.securelink.core.SecretCodec;
import io.securelink.core.jce.JceCrypto;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What happens to a link over its life: previews and scanners (case c02), expiry, revoke, an outage. */
class LifecycleE2eTest extends PageE2eTest {

  private static final String REVEAL_OK = "POST /api/secrets/{id}/reveal";

  @Test
  void previewsPrefetchesAndAHeadlessScannerDoNotConsumeTheSecret() throws Exception {
    String secret = "survives link previews";
    String link = createText(secret, SecureLinkPage.ONE_DAY);
    String id = new SecretCodec(new JceCrypto()).secretId(LinkKey.parse(link));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    String origin = server.origin();
    // A chat preview and a mail gateway fetch the link (the fragment never goes on the wire), then its files.
    for (String path : new String[] {"/", "/index.html", "/style.css", "/js/securelink.js", "/js/boot.js",
        "/icon.svg", "/api/secrets/" + id}) {
      assertEquals(200, send(http, "GET", origin + path), "GET " + path);
      assertTrue(send(http, "HEAD", origin + path) < 500, "HEAD " + path);
    }
    // A scanner loads the page in a headless browser, lets its script check the status, and reloads.
    try (Chromium scanner = Chromium.start()) {
      SecureLinkPage scanned = new SecureLinkPage(scanner, origin);
      for (int visit = 0; visit < 3; visit++) {
        scanned.openLink(link);
        assertTrue(scanned.isRevealReady(), "the scanner sees the Reveal button, visit " + visit);
        scanner.driver().navigate().refresh();
      }
      new TrafficAudit().forbidLink(link).forbidPlaintext(secret).check(scanner.requests(), server.logLines());
    }
    assertEquals(0, server.count(REVEAL_OK, 200), "nothing was revealed by previews or the scanner");

    page.openLink(link);
    page.clickReveal(null);
    assertEquals(secret, page.waitForRevealedText());
    assertEquals(1, server.count(REVEAL_OK, 200));
    new TrafficAudit().forbidLink(link).forbidPlaintext(secret).check(browser.requests(), server.logLines());
  }

  @Test
  void aLinkWorksUntilItsExpiryAndNotAfter() throws DamagedLinkException {
    String link = createText("expires in five minutes", SecureLinkPage.FIVE_MINUTES);
    server.clock().advance(Duration.ofMinutes(5).minusSeconds(1));
    page.openLink(link);
    assertTrue(page.isRevealReady(), "still there one second before expiry");
    server.clock().advance(Duration.ofSeconds(2));
    browser.driver().navigate().refresh();
    page.waitForGone();
    assertFalse(page.currentUrl().contains("#"), "a dead link's fragment is removed too");
    new TrafficAudit().forbidLink(link).forbidPlaintext("expires in five minutes")
        .check(browser.requests(), server.logLines());
  }

  @Test
  void aRevokedLinkOpensNothing() {
    String link = createText("revoke me before anyone reads me", SecureLinkPage.ONE_DAY);
    browser.byId("revoke-button").click();
    browser.waitForText("status-message", "Revoked.");
    assertEquals("", browser.byId("link-output").getAttribute("value"), "the dead link is no longer offered");
    assertEquals(1, server.count("DELETE /api/secrets/{id}", 204));
    page.openLink(link);
    page.waitForGone();
    new TrafficAudit().forbidLink(link).forbidPlaintext("revoke me before anyone reads me")
        .check(browser.requests(), server.logLines());
  }

  @Test
  void anOutageShowsItsOwnMessageAndLosesNothing() {
    PageServer first = PageServer.start();
    PageServer second = null;
    try (Chromium recipient = Chromium.start()) {
      SecureLinkPage sender = new SecureLinkPage(recipient, first.origin());
      sender.openCreate();
      sender.typeSecret("kept through an outage");
      String link = sender.create();
      sender.openLink(link);
      first.stop();
      sender.clickReveal(null);
      sender.waitForRefusal("could not be reached");

      second = PageServer.start(first.dataFolder(), first.clock());
      String fragment = link.substring(link.indexOf('#'));
      SecureLinkPage restarted = new SecureLinkPage(recipient, second.origin());
      restarted.openLink(second.origin() + "/" + fragment);
      restarted.clickReveal(null);
      assertEquals("kept through an outage", restarted.waitForRevealedText());
    } finally {
      if (second != null) {
        second.close();
      }
      first.close();
    }
  }

  private static String createText(String text, String expirySeconds) {
    page.openCreate();
    page.typeSecret(text);
    page.chooseExpiry(expirySeconds);
    return page.create();
  }

  private static int send(HttpClient http, String method, String url) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
        .method(method, HttpRequest.BodyPublishers.noBody())
        .timeout(Duration.ofSeconds(10))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}

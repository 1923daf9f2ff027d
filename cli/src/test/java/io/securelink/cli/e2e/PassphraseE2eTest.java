package io.securelink.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Case c07: wrong passphrases are refused without destroying the secret; the right one then reveals it. */
class PassphraseE2eTest extends PageE2eTest {

  private static final String SECRET = "db password: s3cr3t-Ünïcödé";
  private static final String PASSPHRASE = "correct horse battery staple";
  private static final String[] WRONG = {"correct horse battery stapl", "Correct horse battery staple", "hunter22"};

  @Test
  void threeWrongPassphrasesLeaveTheSecretAndTheFourthTryRevealsIt() {
    page.openCreate();
    page.typeSecret(SECRET);
    page.choosePassphrase(PASSPHRASE);
    String link = page.create();
    browser.waitForText("status-message", "send the passphrase another way");

    page.openLink(link);
    assertTrue(browser.isShown("reveal-passphrase-input"), "the passphrase is asked for first");
    for (int attempt = 1; attempt <= WRONG.length; attempt++) {
      page.clickReveal(WRONG[attempt - 1]);
      String message = page.waitForRefusal("That passphrase is wrong");
      assertTrue(message.contains("The secret is still there"), message);
      assertEquals(attempt, server.count("POST /api/secrets/{id}/reveal", 403));
      assertTrue(page.currentUrl().contains("#v1."), "the link stays usable after a wrong passphrase");
    }
    page.clickReveal(PASSPHRASE);
    assertEquals(SECRET, page.waitForRevealedText());

    page.openLink(link);
    page.waitForGone();

    TrafficAudit audit = new TrafficAudit().forbidLink(link).forbidPlaintext(SECRET).forbid("passphrase", PASSPHRASE);
    for (int i = 0; i < WRONG.length; i++) {
      audit.forbid("wrong passphrase " + (i + 1), WRONG[i]);
    }
    audit.check(browser.requests(), server.logLines());
  }

  @Test
  void anEmptyPassphraseIsNotSent() {
    page.openCreate();
    page.typeSecret(SECRET);
    page.choosePassphrase(PASSPHRASE);
    String link = page.create();
    page.openLink(link);
    long revealsBefore = browser.requests().stream().filter(r -> r.path().endsWith("/reveal")).count();
    browser.byId("reveal-button").click();
    browser.waitForText("status-message", "Type the passphrase first.");
    long revealsAfter = browser.requests().stream().filter(r -> r.path().endsWith("/reveal")).count();
    assertEquals(revealsBefore, revealsAfter, "no reveal request without a passphrase");
    page.clickReveal(PASSPHRASE);
    assertEquals(SECRET, page.waitForRevealedText());
  }
}

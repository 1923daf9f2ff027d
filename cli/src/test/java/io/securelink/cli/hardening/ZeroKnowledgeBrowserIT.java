package io.securelink.cli.hardening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.securelink.cli.e2e.BrowserRequest;
import io.securelink.cli.e2e.Chromium;
import io.securelink.cli.e2e.SecureLinkPage;
import io.securelink.cli.e2e.TrafficAudit;
import io.securelink.core.Json;
import io.securelink.core.Keys;
import io.securelink.core.LinkKey;
import io.securelink.core.SecretCodec;
import io.securelink.core.jce.JceCrypto;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zero knowledge, end to end, against the shipped jar: every browser flow (text, file, passphrase with a wrong
 * try, revoke, damaged link) in headless Chromium, then an audit of all the browser sent (Chrome's performance
 * log) and of everything the serve process wrote (its own records, the API's access log, library and JDK
 * logging). Neither may hold a fragment, link secret, passphrase, derived key or plaintext; the log may not
 * hold a proof, a proof hash or ciphertext either, and every stderr line is one JSON object.
 */
class ZeroKnowledgeBrowserIT {

  private static final SecretCodec CODEC = new SecretCodec(new JceCrypto());
  private static final String TEXT = "zk text Grüße 密码 🔐 line one\nline two of the plaintext";
  private static final String FILE_NAME = "zk-payroll-2026.csv";
  private static final String FILE_CONTENT = "name,salary\nzk-alice,123456\nzk-bob,654321\n";
  private static final String PASSPHRASE_TEXT = "zk protected by a passphrase";
  private static final String PASSPHRASE = "correct horse zk battery";
  private static final String WRONG_PASSPHRASE = "incorrect horse zk";
  private static final String REVOKED_TEXT = "zk revoked before anyone read it";
  private static final String DAMAGED_TEXT = "zk the link of this one is damaged";

  @TempDir Path work;

  @Test
  void noKeyPassphraseOrPlaintextLeavesTheBrowserOrReachesTheLog() throws Exception {
    TrafficAudit audit = new TrafficAudit();
    List<String> links = new ArrayList<>();
    try (RunningServe serve = RunningServe.start(work, work.resolve("data"), Map.of(), List.of());
        Chromium browser = Chromium.start()) {
      SecureLinkPage page = new SecureLinkPage(browser, "http://127.0.0.1:" + serve.port());

      page.openCreate();
      String typed = page.pasteSecret(TEXT);
      String textLink = page.create();
      page.openLink(textLink);
      page.clickReveal(null);
      assertEquals(typed, page.waitForRevealedText());
      audit.forbidPlaintext(typed);
      links.add(textLink);
      DerivedKeys.of(textLink, null).forbidIn(audit, "text");

      Path file = Files.writeString(work.resolve(FILE_NAME), FILE_CONTENT);
      page.openCreate();
      page.chooseFile(file);
      String fileLink = page.create();
      page.openLink(fileLink);
      page.clickReveal(null);
      assertArrayEquals(FILE_CONTENT.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(page.downloadRevealedFile()));
      audit.forbidPlaintext(FILE_CONTENT).forbid("file name", FILE_NAME);
      links.add(fileLink);
      DerivedKeys.of(fileLink, null).forbidIn(audit, "file");

      page.openCreate();
      page.typeSecret(PASSPHRASE_TEXT);
      page.choosePassphrase(PASSPHRASE);
      String passphraseLink = page.create();
      page.openLink(passphraseLink);
      page.clickReveal(WRONG_PASSPHRASE);
      page.waitForRefusal("That passphrase is wrong");
      page.clickReveal(PASSPHRASE);
      assertEquals(PASSPHRASE_TEXT, page.waitForRevealedText());
      audit.forbidPlaintext(PASSPHRASE_TEXT).forbid("passphrase", PASSPHRASE).forbid("wrong passphrase", WRONG_PASSPHRASE);
      links.add(passphraseLink);
      DerivedKeys.of(passphraseLink, PASSPHRASE).forbidIn(audit, "passphrase");
      DerivedKeys.of(passphraseLink, WRONG_PASSPHRASE).forbidIn(audit, "wrong passphrase");

      page.openCreate();
      page.typeSecret(REVOKED_TEXT);
      String revokedLink = page.create();
      browser.byId("revoke-button").click();
      browser.waitForText("status-message", "Revoked.");
      page.openLink(revokedLink);
      page.waitForGone();
      audit.forbidPlaintext(REVOKED_TEXT);
      links.add(revokedLink);
      DerivedKeys.of(revokedLink, null).forbidIn(audit, "revoked");

      page.openCreate();
      page.typeSecret(DAMAGED_TEXT);
      String intactLink = page.create();
      int key = intactLink.indexOf("#v1.") + 4;
      String damagedLink = intactLink.substring(0, key + 7) + (intactLink.charAt(key + 7) == 'A' ? 'B' : 'A')
          + intactLink.substring(key + 8);
      browser.open("about:blank");
      page.openLink(damagedLink);
      assertEquals("This link cannot be opened", browser.text("notice-title"));
      page.openLink(intactLink);
      page.clickReveal(null);
      assertEquals(DAMAGED_TEXT, page.waitForRevealedText());
      audit.forbidPlaintext(DAMAGED_TEXT).forbidLink(damagedLink);
      links.add(intactLink);
      DerivedKeys.of(intactLink, null).forbidIn(audit, "damaged");

      for (String link : links) {
        audit.forbidLink(link);
        assertEquals(CODEC.secretId(LinkKey.parse(link)), DerivedKeys.of(link, null).id(),
            "this test derives keys as docs/FORMAT.md says");
      }
      List<BrowserRequest> requests = browser.requests();
      List<String> output = serve.outputLines();
      List<BrowserRequest> api = audit.check(requests, output);
      assertTrue(api.size() >= 12, "the flows made too few API requests to audit: " + api.size());
      assertLogHoldsNoWireSecret(links, passphraseLink, api, serve);
      System.out.println("[zero-knowledge] 5 browser flows: " + requests.size() + " requests (" + api.size()
          + " to the API) and " + output.size() + " lines of serve output audited; no fragment, link secret,"
          + " passphrase, derived key or plaintext found");
    }
  }

  /** The log may not hold what the wire rightly carries either: proofs, proof hashes, ciphertext. */
  private static void assertLogHoldsNoWireSecret(List<String> links, String passphraseLink, List<BrowserRequest> api,
      RunningServe serve) throws Exception {
    TrafficAudit logAudit = new TrafficAudit();
    for (String link : links) {
      Keys keys = CODEC.keys(LinkKey.parse(link), link.equals(passphraseLink) ? PASSPHRASE : null);
      logAudit.forbid("proof", keys.proof()).forbid("proof hash", keys.proofHash())
          .forbid("link proof", keys.linkProof()).forbid("link proof hash", keys.linkProofHash());
    }
    for (BrowserRequest request : api) {
      if (request.body() != null && request.body().contains("\"ciphertext\"")) {
        String ciphertext = (String) Json.parseObject(request.body()).get("ciphertext");
        logAudit.forbid("ciphertext", ciphertext.substring(0, 40));
      }
    }
    logAudit.check(List.of(), serve.outputLines());
    List<String> stderr = serve.process().stderr().lines().toList();
    assertFalse(stderr.isEmpty(), "serve logged nothing, so the audit saw nothing");
    for (String line : stderr) {
      Map<String, Object> record = Json.parseObject(line);
      assertTrue(record.containsKey("event") || record.containsKey("level"), "not a log record: " + line);
      assertTrue(line.length() < 1_000, "a log line long enough to hold a body: " + line.length() + " chars");
    }
    assertEquals(1, serve.process().stdout().lines().count(), "stdout is the start line alone");
  }
}

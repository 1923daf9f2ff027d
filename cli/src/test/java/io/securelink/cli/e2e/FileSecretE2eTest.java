package io.securelink.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.securelink.core.Payload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File secrets: the content and the name come back byte for byte, as a download. */
class FileSecretE2eTest extends PageE2eTest {

  @TempDir
  Path folder;

  @Test
  void nonAsciiFileWithCrLfAndNulRoundTripsWithItsName() throws IOException {
    String name = "Grüße — résumé 密码.txt";
    byte[] content = Texts.C03.getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(folder.resolve(name), content);
    page.openCreate();
    page.typeSecret("this text is not shared when a file is chosen");
    page.chooseFile(file);
    browser.waitForText("file-details", "The file is shared; the text box is not.");
    String link = page.create();
    browser.waitForText("result-details", "The file is stored encrypted");

    page.openLink(link);
    page.clickReveal(null);
    Path downloaded = page.downloadRevealedFile();
    assertEquals(name, downloaded.getFileName().toString());
    assertArrayEquals(content, Files.readAllBytes(downloaded));
    assertTrue(browser.text("file-summary").startsWith(content.length + " bytes, text/plain"),
        browser.text("file-summary"));

    new TrafficAudit().forbidLink(link).forbidPlaintext(Texts.C03).forbid("file name", name)
        .check(browser.requests(), server.logLines());
  }

  @Test
  void pemKeyWithCrLfLineEndingsRoundTrips() throws IOException {
    byte[] content = Texts.PEM_CRLF.getBytes(StandardCharsets.US_ASCII);
    Path file = Files.write(folder.resolve("server.key"), content);
    page.openCreate();
    page.chooseFile(file);
    String link = page.create();
    page.openLink(link);
    page.clickReveal(null);
    Path downloaded = page.downloadRevealedFile();
    assertEquals("server.key", downloaded.getFileName().toString());
    assertArrayEquals(content, Files.readAllBytes(downloaded));
    new TrafficAudit().forbidLink(link).forbidPlaintext(Texts.PEM_CRLF).check(browser.requests(), server.logLines());
  }

  @Test
  void aFileOfExactlyTheLimitIsAccepted() throws IOException {
    byte[] content = new byte[Payload.MAX_CONTENT_BYTES];
    new Random(7).nextBytes(content);
    Path file = Files.write(folder.resolve("limit.bin"), content);
    // A browser of its own: its 5.6 MB upload is not mixed into the other tests' audits.
    try (Chromium large = Chromium.start()) {
      SecureLinkPage sender = new SecureLinkPage(large, server.origin());
      sender.openCreate();
      sender.chooseFile(file);
      large.script("window.statusSeen = []; new MutationObserver(() => window.statusSeen.push("
          + "document.getElementById('status-message').textContent)).observe("
          + "document.getElementById('status-message'), {childList: true, characterData: true, subtree: true});");
      String link = sender.create();
      String steps = String.valueOf(large.script("return window.statusSeen.join(' | ');"));
      assertTrue(steps.contains("Reading the file…") && steps.contains("Encrypting…")
          && steps.contains("Uploading the encrypted secret… 100%"), "progress shown: " + steps);
      sender.openLink(link);
      sender.clickReveal(null);
      Path downloaded = sender.downloadRevealedFile();
      assertEquals("limit.bin", downloaded.getFileName().toString());
      assertArrayEquals(content, Files.readAllBytes(downloaded));
      new TrafficAudit().forbidLink(link).check(large.requests(), server.logLines());
    }
  }
}

package io.securelink.cli.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.securelink.cli.CliRun;
import io.securelink.cli.ExitCodes;
import java.net.URLDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links cross between the CLI and the page in real Chromium, both ways, byte for byte: texts of case c03, a
 * passphrase, and a file with a non-ASCII name.
 */
class CliBrowserInteropE2eTest extends PageE2eTest {

  @TempDir Path folder;

  private static String cliSend(byte[] stdin, String... options) {
    String[] args = new String[options.length + 2];
    args[0] = "send";
    args[1] = "--server=" + server.origin();
    System.arraycopy(options, 0, args, 2, options.length);
    CliRun sent = CliRun.withStdin(stdin, args);
    assertEquals(ExitCodes.OK, sent.exitCode(), sent.toString());
    return sent.link();
  }

  @Test
  void textsSentByTheCliOpenInThePageExactly() {
    for (String text : new String[] {Texts.C03, Texts.PEM_CRLF}) {
      page.openLink(cliSend(text.getBytes(UTF_8)));
      page.clickReveal(null);
      assertEquals(text, revealedTextExactly(), "CR LF, NUL and RTL arrive unchanged");
    }
  }

  /**
   * Returns the revealed text as the DOM holds it. WebDriver turns CR LF into LF in a script's string result,
   * so the text crosses percent-encoded.
   */
  private static String revealedTextExactly() {
    page.waitForRevealedText();
    String encoded = (String) browser.script(
        "return encodeURIComponent(document.getElementById('revealed-secret').textContent);");
    return URLDecoder.decode(encoded, UTF_8);
  }

  @Test
  void aPassphraseSetInTheCliWorksInThePage() throws Exception {
    Path passphrase = Files.writeString(folder.resolve("pass"), "Grüße 🔐 pass\n");
    page.openLink(cliSend("behind a passphrase".getBytes(UTF_8), "--passphrase-file", passphrase.toString()));
    page.clickReveal("wrong");
    page.waitForRefusal("That passphrase is wrong");
    page.clickReveal("Grüße 🔐 pass");
    assertEquals("behind a passphrase", page.waitForRevealedText());
  }

  @Test
  void aFileSentByTheCliDownloadsInThePageWithItsName() throws Exception {
    byte[] content = (Texts.C03 + "\u0001\u00ff").getBytes(UTF_8);
    Path file = Files.write(folder.resolve("Grüße 密码.txt"), content);
    page.openLink(cliSend(new byte[0], "--file", file.toString()));
    page.clickReveal(null);
    Path downloaded = page.downloadRevealedFile();
    assertEquals("Grüße 密码.txt", downloaded.getFileName().toString());
    assertArrayEquals(content, Files.readAllBytes(downloaded));
  }

  @Test
  void textsMadeInThePageOpenInTheCliExactly() {
    page.openCreate();
    String entered = page.pasteSecret(Texts.C03);
    String link = page.create();
    CliRun opened = CliRun.run("open", link);
    assertEquals(ExitCodes.OK, opened.exitCode(), opened.toString());
    assertArrayEquals(entered.getBytes(UTF_8), opened.stdout(), "the textarea's value, byte for byte");
    assertTrue(entered.contains("\u0000") && entered.contains("שלום"), "NUL and RTL survived the textarea");

    page.openLink(link);
    page.waitForGone();
  }

  @Test
  void aPassphraseSetInThePageWorksInTheCli() throws Exception {
    page.openCreate();
    page.typeSecret("from the page, with a passphrase");
    page.choosePassphrase("page pass");
    String link = page.create();
    Path wrong = Files.writeString(folder.resolve("wrong"), "pagepass");
    Path right = Files.writeString(folder.resolve("right"), "page pass");
    assertEquals(ExitCodes.WRONG_PASSPHRASE, CliRun.run("open", link, "--passphrase-file", wrong.toString())
        .exitCode());
    CliRun opened = CliRun.run("open", link, "--passphrase-file", right.toString());
    assertEquals(ExitCodes.OK, opened.exitCode(), opened.toString());
    assertEquals("from the page, with a passphrase", opened.stdoutText());
  }

  @Test
  void aFileMadeInThePageOpensInTheCliUnderItsName() throws Exception {
    byte[] content = Texts.PEM_CRLF.getBytes(UTF_8);
    Path file = Files.write(folder.resolve("server.key"), content);
    page.openCreate();
    page.chooseFile(file);
    String link = page.create();
    Path inbox = Files.createDirectory(folder.resolve("inbox"));
    CliRun opened = CliRun.run("open", link, "--out", inbox.toString());
    assertEquals(ExitCodes.OK, opened.exitCode(), opened.toString());
    assertArrayEquals(content, Files.readAllBytes(inbox.resolve("server.key")));
  }
}

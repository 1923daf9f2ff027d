package io.securelink.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.securelink.cli.e2e.PageServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code send}, {@code open}, {@code status} and {@code revoke} in process, against a real {@code securelink
 * serve} on a random loopback port: byte-exact round trips (c03), empty input (c05), wrong passphrases (c07),
 * and the exit code of every outcome.
 */
class ClientCommandsTest {

  /** Case c03: umlauts, CJK, emoji with ZWJ and a flag, CR LF, NUL, then right-to-left Hebrew. */
  static final String C03 = "Grüße, Jörg — 密码: Ünïcödé \uD83D\uDD10 "
      + "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66 \uD83C\uDDE9\uD83C\uDDEA"
      + "\r\n\u0000שלום עולם";
  /** Case c03's second user: a PEM key with CR LF line endings and a trailing newline. */
  static final String PEM_CRLF = "-----BEGIN PRIVATE KEY-----\r\n"
      + "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\r\n"
      + "-----END PRIVATE KEY-----\r\n";

  private static PageServer server;
  private static String serverOption;

  @TempDir Path folder;

  @BeforeAll
  static void start() {
    server = PageServer.start();
    serverOption = "--server=" + server.origin();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String send(String text) {
    CliRun sent = CliRun.withStdin(text.getBytes(UTF_8), "send", serverOption);
    assertEquals(ExitCodes.OK, sent.exitCode(), sent.toString());
    return sent.link();
  }

  private Path passphraseFile(String name, String content) throws Exception {
    return Files.writeString(folder.resolve(name), content, UTF_8);
  }

  @Test
  void nonAsciiTextFromStdinRoundTripsByteForByte() {
    for (String text : new String[] {C03, PEM_CRLF, "no newline at the end", "\n\ttrailing blank lines\n\n"}) {
      CliRun opened = CliRun.run("open", send(text));
      assertEquals(ExitCodes.OK, opened.exitCode(), opened.toString());
      assertArrayEquals(text.getBytes(UTF_8), opened.stdout(), "exactly the bytes sent, no newline added");
      assertEquals("", opened.err(), "a text reveal prints nothing else");
    }
  }

  @Test
  void sendPrintsOnlyTheLinkOnStdoutAndTheExpiryOnStderr() {
    CliRun sent = CliRun.withStdin("expiry check".getBytes(UTF_8), "send", serverOption, "--expires", "5m");
    assertEquals(ExitCodes.OK, sent.exitCode(), sent.toString());
    assertTrue(sent.out().matches("\\Q" + server.origin() + "\\E/#v1\\.[A-Za-z0-9_-]{48}\n"), sent.out());
    String expected = server.clock().instant().plusSeconds(300).toString();
    assertTrue(sent.err().contains("until " + expected + " (5m)"), sent.err());
    assertFalse(sent.err().contains("expiry check") || sent.err().contains(sent.link()), "nothing secret on stderr");
  }

  @Test
  void theTextArgumentIsSharedExactly() {
    CliRun sent = CliRun.run("send", serverOption, C03);
    assertEquals(ExitCodes.OK, sent.exitCode(), sent.toString());
    assertArrayEquals(C03.getBytes(UTF_8), CliRun.run("open", sent.link()).stdout());
  }

  @Test
  void emptyOrBlankInputIsNothingToShareAndUploadsNothing() {
    long before = apiRequests();
    for (String input : new String[] {"", " ", "  \n\t\r\n", "\u3000\u00A0\n"}) {
      CliRun sent = CliRun.withStdin(input.getBytes(UTF_8), "send", serverOption);
      assertEquals(ExitCodes.INPUT_REFUSED, sent.exitCode(), sent.toString());
      assertTrue(sent.err().startsWith("securelink: there is nothing to share"), sent.err());
      assertEquals(1, sent.err().lines().count(), sent.err());
      assertEquals("", sent.out(), "no link");
    }
    assertEquals(ExitCodes.INPUT_REFUSED, CliRun.run("send", serverOption, "   ").exitCode());
    assertEquals(before, apiRequests(), "no request reached the server");
  }

  @Test
  void inputThatIsNotUtf8TextIsRefused() {
    CliRun sent = CliRun.withStdin(new byte[] {'a', (byte) 0xC3, '(', 'b'}, "send", serverOption);
    assertEquals(ExitCodes.INPUT_REFUSED, sent.exitCode(), sent.toString());
    assertTrue(sent.err().contains("--file"), sent.err());
  }

  @Test
  void aFileRoundTripsWithItsNameAndExactBytes() throws Exception {
    byte[] content = new byte[2 * 1024 * 1024 + 3];
    new Random(7).nextBytes(content);
    Path original = Files.write(folder.resolve("backup key.bin"), content);
    CliRun sent = CliRun.run("send", serverOption, "--file", original.toString());
    assertEquals(ExitCodes.OK, sent.exitCode(), sent.toString());
    Path inbox = Files.createDirectory(folder.resolve("inbox"));

    CliRun opened = CliRun.run("open", sent.link(), "--out", inbox.toString());
    assertEquals(ExitCodes.OK, opened.exitCode(), opened.toString());
    assertArrayEquals(content, Files.readAllBytes(inbox.resolve("backup key.bin")));
    assertEquals(0, opened.stdout().length, "a file never goes to stdout");
    assertFalse(opened.err().contains("\r") || sent.err().contains("\r"), "no progress bar when stderr is no terminal");
    assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(inbox.resolve("backup key.bin"))));
  }

  @Test
  void aTakenNameIsNeverOverwrittenWithoutForce() throws Exception {
    Path inbox = Files.createDirectory(folder.resolve("inbox"));
    Path taken = Files.writeString(inbox.resolve("notes.txt"), "keep me");
    Path original = Files.writeString(folder.resolve("notes.txt"), "new notes");

    CliRun opened = CliRun.run("open", sendFile(original), "--out", inbox.toString());
    assertEquals(ExitCodes.OK, opened.exitCode(), opened.toString());
    assertEquals("keep me", Files.readString(taken));
    assertEquals("new notes", Files.readString(inbox.resolve("notes (1).txt")), "saved beside it, not lost");
    assertTrue(opened.err().contains("notes.txt exists"), opened.err());

    CliRun forced = CliRun.run("open", sendFile(original), "--out", inbox.toString(), "--force");
    assertEquals(ExitCodes.OK, forced.exitCode(), forced.toString());
    assertEquals("new notes", Files.readString(taken));
  }

  @Test
  void anExistingOutFileIsRefusedBeforeTheReveal() throws Exception {
    Path existing = Files.writeString(folder.resolve("out.txt"), "keep me");
    String link = send("still there afterwards");
    CliRun refused = CliRun.run("open", link, "--out", existing.toString());
    assertEquals(ExitCodes.INPUT_REFUSED, refused.exitCode(), refused.toString());
    assertTrue(refused.err().contains("--force"), refused.err());
    assertEquals("keep me", Files.readString(existing));
    assertEquals(ExitCodes.OK, CliRun.run("status", link).exitCode(), "the secret was not consumed");

    CliRun noFolder = CliRun.run("open", link, "--out", folder.resolve("missing/x.txt").toString());
    assertEquals(ExitCodes.INPUT_REFUSED, noFolder.exitCode(), noFolder.toString());

    CliRun forced = CliRun.run("open", link, "--out", existing.toString(), "--force");
    assertEquals(ExitCodes.OK, forced.exitCode(), forced.toString());
    assertEquals("still there afterwards", Files.readString(existing));
  }

  @Test
  void hostileFileNamesAreSavedInsideTheChosenFolder() throws Exception {
    Path inbox = Files.createDirectory(folder.resolve("inbox"));
    String[][] cases = {
      {"-rf", "rf"}, {".bashrc", "bashrc"}, {"...", "securelink-secret"}, {" .. x", "x"},
      {"--", "securelink-secret"},
    };
    for (String[] names : cases) {
      Path sender = Files.createDirectories(folder.resolve("sender-" + names[1] + "-" + names[0].length()));
      Path original = Files.writeString(sender.resolve(names[0]), "content of " + names[1]);
      CliRun opened = CliRun.run("open", sendFile(original), "--out", inbox.toString(), "--force");
      assertEquals(ExitCodes.OK, opened.exitCode(), opened.toString());
      assertEquals("content of " + names[1], Files.readString(inbox.resolve(names[1])), names[0]);
    }
    try (var saved = Files.list(inbox)) {
      assertEquals(4, saved.count(), "nothing else was written");
    }
  }

  @Test
  void aFileNameWithADirectionControlIsRefusedBeforeAnyUpload() throws Exception {
    long before = apiRequests();
    Path sender = Files.createDirectories(folder.resolve("sender-bidi"));
    Path spoofing = Files.writeString(sender.resolve("\u202Egnp.exe"), "displays as exe.png");
    CliRun sent = CliRun.run("send", serverOption, "--file", spoofing.toString());
    assertEquals(ExitCodes.INPUT_REFUSED, sent.exitCode(), sent.toString());
    assertTrue(sent.err().contains("Unicode direction controls"), sent.err());
    assertEquals("", sent.out(), "no link");
    assertEquals(before, apiRequests(), "no request reached the server");
  }

  private String sendFile(Path file) {
    CliRun sent = CliRun.run("send", serverOption, "--file", file.toString());
    assertEquals(ExitCodes.OK, sent.exitCode(), sent.toString());
    return sent.link();
  }

  @Test
  void aSecondOpenIsGone() {
    String link = send("once only");
    assertEquals(ExitCodes.OK, CliRun.run("open", link).exitCode());
    CliRun again = CliRun.run("open", link);
    assertEquals(ExitCodes.GONE, again.exitCode(), again.toString());
    assertTrue(again.err().contains("already viewed, revoked or expired"), again.err());
    assertEquals(ExitCodes.GONE, CliRun.run("status", link).exitCode());
  }

  @Test
  void anExpiredLinkIsGone() {
    String link = CliRun.withStdin("short lived".getBytes(UTF_8), "send", serverOption, "--expires", "90s").link();
    assertEquals(ExitCodes.OK, CliRun.run("status", link).exitCode());
    server.clock().advance(Duration.ofSeconds(91));
    assertEquals(ExitCodes.GONE, CliRun.run("open", link).exitCode());
  }

  @Test
  void aDamagedLinkFailsWithoutAnyRequest() {
    String link = send("damaged link check");
    int last = link.length() - 1;
    String damaged = link.substring(0, last) + (link.charAt(last) == 'A' ? 'B' : 'A');
    long before = apiRequests();
    for (String bad : new String[] {damaged, link.substring(0, last), server.origin() + "/#v2.abc", "no link"}) {
      for (String command : new String[] {"open", "status", "revoke"}) {
        CliRun run = CliRun.run(command, bad);
        assertEquals(ExitCodes.DAMAGED_LINK, run.exitCode(), command + " " + run);
        assertEquals(1, run.err().lines().count(), run.err());
      }
    }
    CliRun withPath = CliRun.run("open", server.origin() + "/x/#" + link.substring(link.indexOf('#') + 1));
    assertEquals(ExitCodes.DAMAGED_LINK, withPath.exitCode(), withPath.toString());
    assertEquals(before, apiRequests(), "a damaged link never reaches the server");
    assertEquals(ExitCodes.OK, CliRun.run("open", link).exitCode(), "the intact link still works");
  }

  @Test
  void anUnreachableServerIsItsOwnExitCode() throws Exception {
    int closedPort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    String nowhere = "http://127.0.0.1:" + closedPort;
    CliRun sent = CliRun.run("send", "--server", nowhere, "to nowhere");
    assertEquals(ExitCodes.UNAVAILABLE, sent.exitCode(), sent.toString());
    assertTrue(sent.err().contains("cannot reach the server at " + nowhere), sent.err());
    assertFalse(sent.err().contains("to nowhere"));
    String link = send("server moved");
    String elsewhere = nowhere + "/#" + link.substring(link.indexOf('#') + 1);
    assertEquals(ExitCodes.UNAVAILABLE, CliRun.run("open", elsewhere).exitCode());
    assertEquals(ExitCodes.UNAVAILABLE, CliRun.run("status", elsewhere).exitCode());
  }

  @Test
  void usageErrorsAreExitCodeTwo() {
    assertEquals(ExitCodes.USAGE, CliRun.run("send", serverOption, "--passphrase", "secret", "x").exitCode(),
        "a passphrase is never a plain argument");
    assertEquals(ExitCodes.USAGE, CliRun.run("send", serverOption, "--file", "a", "text").exitCode());
    assertEquals(ExitCodes.USAGE, CliRun.run("send", "--server", "ftp://host", "x").exitCode());
    assertEquals(ExitCodes.USAGE, CliRun.run("send", "--server", server.origin() + "/path", "x").exitCode());
    assertEquals(ExitCodes.USAGE, CliRun.run("open").exitCode());
    assertEquals(ExitCodes.USAGE, CliRun.run("open", "l", "--passphrase-file", "f", "--passphrase-prompt").exitCode());
    for (String expiry : new String[] {"59s", "30d1s", "31d", "0m", "1w", "1.5h", "-1h", "", "721h"}) {
      CliRun run = CliRun.run("send", serverOption, "--expires", expiry, "x");
      assertEquals(ExitCodes.USAGE, run.exitCode(), expiry + ": " + run);
      assertEquals(1, run.err().lines().count(), run.err());
    }
  }

  @Test
  void expiryBoundsAreAccepted() {
    for (String expiry : new String[] {"60s", "1m", "720h", "30d"}) {
      CliRun run = CliRun.run("send", serverOption, "--expires", expiry, "bounds " + expiry);
      assertEquals(ExitCodes.OK, run.exitCode(), expiry + ": " + run);
    }
  }

  @Test
  void wrongPassphrasesLeaveTheSecretThenTheRightOneOpensIt() throws Exception {
    Path right = passphraseFile("right", "correct horse battery staple\n");
    String link = CliRun.run("send", serverOption, "--passphrase-file", right.toString(), C03).link();
    assertTrue(CliRun.run("status", link).out().contains("needs a passphrase"));
    for (int attempt = 1; attempt <= 3; attempt++) {
      Path wrong = passphraseFile("wrong" + attempt, "correct horse battery stapl" + attempt);
      CliRun refused = CliRun.run("open", link, "--passphrase-file", wrong.toString());
      assertEquals(ExitCodes.WRONG_PASSPHRASE, refused.exitCode(), refused.toString());
      assertTrue(refused.err().contains("the passphrase is wrong; the secret is still there; " + (10 - attempt)
          + " more tries are allowed"), refused.err());
      assertEquals(0, refused.stdout().length);
      assertEquals(ExitCodes.OK, CliRun.run("status", link).exitCode(), "still there after try " + attempt);
    }
    CliRun opened = CliRun.run("open", link, "--passphrase-file", right.toString());
    assertEquals(ExitCodes.OK, opened.exitCode(), opened.toString());
    assertArrayEquals(C03.getBytes(UTF_8), opened.stdout());
  }

  @Test
  void theTenthWrongPassphraseDestroysTheSecret() throws Exception {
    Path right = passphraseFile("right", "right");
    Path wrong = passphraseFile("wrong", "wrong");
    String link = CliRun.run("send", serverOption, "--passphrase-file", right.toString(), "guarded").link();
    for (int attempt = 1; attempt < 10; attempt++) {
      assertEquals(ExitCodes.WRONG_PASSPHRASE, CliRun.run("open", link, "--passphrase-file", wrong.toString())
          .exitCode());
    }
    CliRun last = CliRun.run("open", link, "--passphrase-file", wrong.toString());
    assertEquals(ExitCodes.GONE, last.exitCode(), last.toString());
    assertTrue(last.err().contains("last try"), last.err());
    assertEquals(ExitCodes.GONE, CliRun.run("open", link, "--passphrase-file", right.toString()).exitCode());
  }

  @Test
  void aMissingPassphraseWithoutATerminalIsAClearErrorAndConsumesNothing() throws Exception {
    String link = CliRun.run("send", serverOption, "--passphrase-file", passphraseFile("p", "p").toString(), "x")
        .link();
    CliRun open = CliRun.run("open", link);
    assertEquals(ExitCodes.WRONG_PASSPHRASE, open.exitCode(), open.toString());
    assertTrue(open.err().contains("--passphrase-file"), open.err());
    assertEquals(ExitCodes.OK, CliRun.run("status", link).exitCode());
    CliRun prompt = CliRun.run("send", serverOption, "--passphrase-prompt", "y");
    assertEquals(ExitCodes.INPUT_REFUSED, prompt.exitCode(), prompt.toString());
    assertEquals(ExitCodes.INPUT_REFUSED, CliRun.run("send", serverOption, "--passphrase-file",
        passphraseFile("empty", "\n").toString(), "z").exitCode(), "an empty passphrase is refused");
  }

  @Test
  void statusNeverConsumes() {
    String link = send("look but do not touch");
    long reveals = server.count("POST /api/secrets/{id}/reveal", 200);
    for (int i = 0; i < 3; i++) {
      CliRun status = CliRun.run("status", link);
      assertEquals(ExitCodes.OK, status.exitCode(), status.toString());
      assertTrue(status.out().startsWith("available until "), status.out());
    }
    assertEquals(reveals, server.count("POST /api/secrets/{id}/reveal", 200));
    assertArrayEquals("look but do not touch".getBytes(UTF_8), CliRun.run("open", link).stdout());
  }

  @Test
  void revokeDeletesTheSecretUnread() throws Exception {
    String link = send("never read");
    CliRun revoked = CliRun.run("revoke", link);
    assertEquals(ExitCodes.OK, revoked.exitCode(), revoked.toString());
    assertEquals(ExitCodes.GONE, CliRun.run("status", link).exitCode());
    assertEquals(ExitCodes.GONE, CliRun.run("open", link).exitCode());
    assertEquals(ExitCodes.GONE, CliRun.run("revoke", link).exitCode());

    Path pass = passphraseFile("p", "revoker");
    String guarded = CliRun.run("send", serverOption, "--passphrase-file", pass.toString(), "guarded").link();
    assertEquals(ExitCodes.WRONG_PASSPHRASE,
        CliRun.run("revoke", guarded, "--passphrase-file", passphraseFile("w", "nope").toString()).exitCode());
    assertEquals(ExitCodes.OK, CliRun.run("revoke", guarded, "--passphrase-file", pass.toString()).exitCode());
    assertEquals(ExitCodes.GONE, CliRun.run("status", guarded).exitCode());
  }

  @Test
  void theLinkCanComeFromStdinOrAsABareFragment() {
    String link = send("via stdin");
    CliRun opened = CliRun.withStdin((link + "\n").getBytes(UTF_8), "open", "-");
    assertEquals(ExitCodes.OK, opened.exitCode(), opened.toString());
    assertArrayEquals("via stdin".getBytes(UTF_8), opened.stdout());

    String fragment = send("bare fragment").substring(server.origin().length() + 2);
    assertEquals(ExitCodes.UNAVAILABLE, CliRun.run("status", "--server", "http://127.0.0.1:1", fragment).exitCode(),
        "a bare fragment goes to --server");
    CliRun bare = CliRun.run("open", serverOption, fragment);
    assertArrayEquals("bare fragment".getBytes(UTF_8), bare.stdout(), bare.toString());
  }

  @Test
  void whatChatClientsAppendToALinkIsIgnored() {
    String link = send("chat");
    assertArrayEquals("chat".getBytes(UTF_8), CliRun.run("open", "  " + link + ").").stdout());
  }

  /** Returns how many API requests the server has logged so far. */
  private static long apiRequests() {
    return server.logLines().stream().filter(line -> line.contains("\"route\":\"")).count();
  }
}

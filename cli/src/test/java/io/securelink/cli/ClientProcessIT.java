package io.securelink.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.securelink.cli.e2e.PageServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code securelink.jar} as a process against a real server: stdin piping, files saved in the
 * working directory, every exit code, and passphrase prompts on a real pseudo-terminal with echo off.
 */
class ClientProcessIT {

  private static PageServer server;

  @TempDir Path directory;

  @BeforeAll
  static void start() {
    server = PageServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private CliProcess run(byte[] stdin, String... args) throws Exception {
    return CliProcess.run(directory, server.origin(), stdin, args);
  }

  private CliProcess run(String... args) throws Exception {
    return run(new byte[0], args);
  }

  @Test
  void pipedTextRoundTripsByteForByte() throws Exception {
    for (String text : new String[] {ClientCommandsTest.C03, ClientCommandsTest.PEM_CRLF}) {
      CliProcess sent = run(text.getBytes(UTF_8), "send", "--expires", "1h");
      assertEquals(ExitCodes.OK, sent.exitCode(), sent.toString());
      assertTrue(sent.link().startsWith(server.origin() + "/#v1."), sent.link());
      assertEquals(1, sent.stderr().lines().count(), sent.stderr());
      CliProcess opened = run("open", sent.link());
      assertEquals(ExitCodes.OK, opened.exitCode(), opened.toString());
      assertArrayEquals(text.getBytes(UTF_8), opened.stdout());
    }
  }

  @Test
  void emptyStdinIsNothingToShare() throws Exception {
    for (String input : new String[] {"", " \n\n\t "}) {
      CliProcess sent = run(input.getBytes(UTF_8), "send");
      assertEquals(ExitCodes.INPUT_REFUSED, sent.exitCode(), sent.toString());
      assertEquals("securelink: " + SecretInput.NOTHING_TO_SHARE + "\n", sent.stderr());
      assertEquals(0, sent.stdout().length);
    }
  }

  @Test
  void aFileIsSavedUnderItsNameInTheWorkingDirectoryAndNeverOverwritten() throws Exception {
    Path outbox = Files.createDirectory(directory.resolve("outbox"));
    Path original = Files.writeString(outbox.resolve("db-password.txt"), "s3cr3t\r\n");
    Path inbox = Files.createDirectory(directory.resolve("inbox"));
    Path existing = Files.writeString(inbox.resolve("db-password.txt"), "already here");

    CliProcess sent = run("send", "--file", original.toString());
    CliProcess opened = CliProcess.run(inbox, server.origin(), new byte[0], "open", sent.link());
    assertEquals(ExitCodes.OK, opened.exitCode(), opened.toString());
    assertEquals("already here", Files.readString(existing));
    assertEquals("s3cr3t\r\n", Files.readString(inbox.resolve("db-password (1).txt")));

    CliProcess forced = CliProcess.run(inbox, server.origin(), new byte[0], "open", "--force",
        run("send", "--file", original.toString()).link());
    assertEquals(ExitCodes.OK, forced.exitCode(), forced.toString());
    assertEquals("s3cr3t\r\n", Files.readString(existing));
  }

  @Test
  void everyOutcomeHasItsOwnExitCode() throws Exception {
    Path right = Files.writeString(directory.resolve("right"), "right one");
    Path wrong = Files.writeString(directory.resolve("wrong"), "wrong one");
    String link = run("send", "--passphrase-file", right.toString(), "exit codes").link();

    assertEquals(ExitCodes.USAGE, run("send", "--expires", "31d", "x").exitCode());
    assertEquals(ExitCodes.USAGE, run("open").exitCode());
    assertEquals(ExitCodes.WRONG_PASSPHRASE, run("open", link, "--passphrase-file", wrong.toString()).exitCode());
    CliProcess noTerminal = run("open", link);
    assertEquals(ExitCodes.WRONG_PASSPHRASE, noTerminal.exitCode(), "no terminal to ask, and no hang");
    assertTrue(noTerminal.stderr().contains("no terminal"), noTerminal.stderr());
    assertEquals(ExitCodes.DAMAGED_LINK, run("open", link.substring(0, link.length() - 2)).exitCode());
    assertEquals(ExitCodes.UNAVAILABLE, run("status", "http://127.0.0.1:1/" + link.substring(link.indexOf('#')))
        .exitCode());
    assertEquals(ExitCodes.INPUT_REFUSED, run("send", "--file", directory.resolve("absent").toString()).exitCode());
    assertEquals(ExitCodes.OK, run("status", link).exitCode());
    CliProcess opened = run("open", link, "--passphrase-file", right.toString());
    assertEquals(ExitCodes.OK, opened.exitCode(), opened.toString());
    assertArrayEquals("exit codes".getBytes(UTF_8), opened.stdout());
    assertEquals(ExitCodes.GONE, run("open", link, "--passphrase-file", right.toString()).exitCode());
  }

  @Test
  void helpDocumentsTheExitCodes() throws Exception {
    CliProcess help = run("open", "--help");
    assertEquals(ExitCodes.OK, help.exitCode());
    String text = new String(help.stdout(), UTF_8);
    for (String code : new String[] {"4   gone", "5   wrong or missing passphrase", "6   damaged link",
        "7   server unreachable", "8   --out exists"}) {
      assertTrue(text.contains(code), code + " in " + text);
    }
  }

  @Test
  void thePromptAsksTwiceOnSendWithEchoOffAndOnceOnOpen() throws Exception {
    String passphrase = "tty-Pässwort-42";
    try (CliProcess.Terminal sender = CliProcess.onTerminal(directory, server.origin(),
        String.join(" ", CliProcess.javaJar()) + " send --passphrase-prompt 'typed on a terminal' > link.txt")) {
      sender.awaitShown("Passphrase: ", 1);
      sender.type(passphrase);
      sender.awaitShown("Passphrase again: ", 1);
      sender.type(passphrase);
      assertEquals(ExitCodes.OK, sender.waitForExit(), sender.screen());
      assertFalse(sender.screen().contains(passphrase), "echo was off: " + sender.screen());
    }
    String link = Files.readString(directory.resolve("link.txt")).strip();
    try (CliProcess.Terminal recipient = CliProcess.onTerminal(directory, server.origin(),
        String.join(" ", CliProcess.javaJar()) + " open " + link)) {
      recipient.awaitShown("Passphrase: ", 1);
      recipient.type(passphrase);
      assertEquals(ExitCodes.OK, recipient.waitForExit(), recipient.screen());
      assertTrue(recipient.screen().contains("typed on a terminal"), recipient.screen());
      assertFalse(recipient.screen().contains(passphrase), "echo was off: " + recipient.screen());
    }
  }

  @Test
  void twoDifferentTypingsUploadNothing() throws Exception {
    long created = server.count("POST /api/secrets", 201);
    try (CliProcess.Terminal sender = CliProcess.onTerminal(directory, server.origin(),
        String.join(" ", CliProcess.javaJar()) + " send --passphrase-prompt 'never sent'")) {
      sender.awaitShown("Passphrase: ", 1);
      sender.type("first");
      sender.awaitShown("Passphrase again: ", 1);
      sender.type("second");
      assertEquals(ExitCodes.INPUT_REFUSED, sender.waitForExit(), sender.screen());
      assertTrue(sender.screen().contains("the two passphrases differ"), sender.screen());
    }
    assertEquals(created, server.count("POST /api/secrets", 201));
  }
}

package io.securelink.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line itself, in process: help, version, and every usage error's exit code. */
class SecureLinkCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = SecureLinkCommand.newCommandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  void helpListsServeAndTheExitCodes() {
    assertEquals(ExitCodes.OK, run("--help"));
    assertTrue(out.toString().contains("serve"), out.toString());
    assertTrue(out.toString().contains("Exit codes:"), out.toString());
  }

  @Test
  void serveHelpListsItsOptions() {
    assertEquals(ExitCodes.OK, run("serve", "--help"));
    for (String option : new String[] {"--port", "--bind", "--data", "--s3-endpoint", "--bucket"}) {
      assertTrue(out.toString().contains(option), option);
    }
  }

  @Test
  void versionIsTheProjectVersion() {
    assertEquals(ExitCodes.OK, run("--version"));
    assertEquals("securelink " + VersionProvider.projectVersion(), out.toString().trim());
    assertTrue(VersionProvider.projectVersion().matches("\\d+\\.\\d+\\.\\d+.*"), VersionProvider.projectVersion());
  }

  @Test
  void noSubcommandIsAUsageError() {
    assertEquals(ExitCodes.USAGE, run());
    assertTrue(err.toString().contains("Missing subcommand"), err.toString());
  }

  @Test
  void unknownOptionsAndBadValuesAreUsageErrors() {
    assertEquals(ExitCodes.USAGE, run("--no-such-option"));
    assertEquals(ExitCodes.USAGE, run("serve", "--port", "not-a-number"));
    assertEquals(ExitCodes.USAGE, run("serve", "--port", "70000"));
    assertEquals(ExitCodes.USAGE, run("serve", "--s3-path-style", "maybe", "--bucket", "b"));
    assertEquals(ExitCodes.USAGE, run("unknown-command"));
  }

  @Test
  void aUsageErrorIsOneLineThatPointsToTheHelp() {
    assertEquals(ExitCodes.USAGE, run("serve", "--port", "not-a-number"));
    assertEquals(1, err.toString().lines().count(), err.toString());
    assertTrue(err.toString().startsWith("securelink: "), err.toString());
    assertTrue(err.toString().trim().endsWith("(see 'securelink serve --help')"), err.toString());
  }

  @Test
  void externalStoreOptionsMustComeTogether() {
    assertEquals(ExitCodes.USAGE, run("serve", "--s3-endpoint", "http://127.0.0.1:9000"));
    assertTrue(err.toString().contains("--s3-endpoint needs --bucket"), err.toString());
    assertEquals(ExitCodes.USAGE, run("serve", "--bucket", "b", "--data", "somewhere"));
    assertEquals(ExitCodes.USAGE, run("serve", "--bucket", "b", "--s3-endpoint", "ftp://127.0.0.1/"));
  }
}

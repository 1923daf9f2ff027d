package io.securelink.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar cli/target/securelink.jar serve} as a person runs it: start, serve, stop, fail to start. */
class ServeProcessIT {

  private static final long START_SECONDS = 60;
  private static final long EXIT_SECONDS = 30;
  private static final Pattern URL_LINE =
      Pattern.compile("SecureLink is running: open (http://127\\.0\\.0\\.1:(\\d+)/) \\(secrets kept in (.+); Ctrl-C stops it\\)");

  @TempDir Path work;

  @Test
  void servesThePageUntilSigtermThenStopsCleanly() throws Exception {
    try (JarProcess serve = JarProcess.start(work, "serve", "--port", "0")) {
      Matcher line = URL_LINE.matcher(serve.awaitStdoutLine("SecureLink is running", START_SECONDS));
      assertTrue(line.matches(), serve.stdout());
      int port = Integer.parseInt(line.group(2));
      assertEquals(work.resolve("securelink-data").toRealPath().toString(), line.group(3));
      assertEquals(1, serve.stdout().lines().count(), "stdout is the one line: " + serve.stdout());

      RawHttp.Response page = RawHttp.send(port, "GET", "/");
      assertEquals(200, page.status());
      StaticHeaders.assertExact(page, "text/html; charset=utf-8");

      serve.terminate();
      assertEquals(143, serve.waitForExit(EXIT_SECONDS), serve.stderr());
      assertTrue(serve.stderr().contains("\"event\":\"stopped\""), serve.stderr());
      try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
        assertEquals(port, again.getLocalPort(), "the port is free again after the stop");
      }
    }
  }

  @Test
  void aPortInUseIsOneLineAndExitCode3() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      assertCouldNotStart(
          "securelink: cannot listen on 127.0.0.1 port " + port + ": Address already in use;"
              + " stop the other server or choose another --port",
          "serve", "--port", Integer.toString(port));
    }
    assertTrue(Files.notExists(work.resolve("securelink-data")), "nothing is created when the port is taken");
  }

  @Test
  void aDataDirectoryThatIsAFileIsOneLineAndExitCode3() throws Exception {
    Path file = Files.writeString(work.resolve("not-a-directory"), "x");
    assertCouldNotStart(
        "securelink: cannot use data directory " + file + ": it is not a directory; choose another with --data",
        "serve", "--port", "0", "--data", file.toString());
    Path below = file.resolve("data");
    assertCouldNotStart(
        "securelink: cannot use data directory " + below + ": it cannot be created (Not a directory);"
            + " choose another with --data",
        "serve", "--port", "0", "--data", below.toString());
  }

  @Test
  void aDataDirectoryNobodyMayWriteIsOneLineAndExitCode3() throws Exception {
    // sysfs refuses new files even to root, so this holds however the tests are run.
    Path sysfs = Path.of("/sys/kernel");
    assertTrue(Files.isDirectory(sysfs), "this test needs Linux sysfs at /sys");
    String stderr = assertCouldNotStart(null, "serve", "--port", "0", "--data", sysfs.toString());
    assertTrue(stderr.startsWith("securelink: cannot use data directory /sys/kernel: it is not writable ("), stderr);
  }

  @Test
  void usageErrorsExitWith2() throws Exception {
    try (JarProcess serve = JarProcess.start(work, "serve", "--port", "seventy")) {
      assertEquals(2, serve.waitForExit(EXIT_SECONDS));
      assertTrue(serve.stderr().contains("--port"), serve.stderr());
    }
  }

  /** Runs the jar, expects exit code 3 and exactly one stderr line (equal to {@code expected} if given). */
  private String assertCouldNotStart(String expected, String... args) throws IOException, InterruptedException {
    try (JarProcess serve = JarProcess.start(work, args)) {
      int exit = serve.waitForExit(START_SECONDS);
      String stderr = serve.stderr();
      List<String> lines = stderr.lines().toList();
      assertEquals(ExitCodes.COULD_NOT_START, exit, stderr);
      assertEquals(1, lines.size(), "one line on stderr: " + stderr);
      if (expected != null) {
        assertEquals(expected, lines.get(0));
      }
      assertEquals("", serve.stdout());
      return lines.get(0);
    }
  }
}

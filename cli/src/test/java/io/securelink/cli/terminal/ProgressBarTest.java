package io.securelink.cli.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The bar draws only on a terminal and only for transfers over 1 MiB, once per percent. */
class ProgressBarTest {

  private final StringWriter err = new StringWriter();

  @Test
  void drawsInPlaceOncePerPercentAndEndsItsLine() {
    ProgressBar bar = ProgressBar.onStderr(new PrintWriter(err), "uploading", true);
    long total = 4 * ProgressBar.MIN_BYTES;
    for (long done = 0; done <= total; done += 16 * 1024) {
      bar.transferred(done, total);
    }
    bar.finish();
    String drawn = err.toString();
    assertEquals(101, drawn.chars().filter(c -> c == '\r').count(), "0% to 100%, each once");
    assertTrue(drawn.endsWith("\ruploading [##############################] 100% 4.0/4.0 MiB\n"), drawn);
  }

  @Test
  void drawsNothingWhenStderrIsNoTerminalOrTheTransferIsSmall() {
    ProgressBar piped = ProgressBar.onStderr(new PrintWriter(err), "uploading", false);
    piped.transferred(1, 8 * ProgressBar.MIN_BYTES);
    piped.finish();
    ProgressBar small = ProgressBar.onStderr(new PrintWriter(err), "uploading", true);
    small.transferred(ProgressBar.MIN_BYTES / 2, ProgressBar.MIN_BYTES);
    small.finish();
    assertEquals("", err.toString());
  }

  @Test
  void rendersHalfway() {
    assertEquals("downloading [###############---------------] 50% 1.0/2.0 MiB",
        ProgressBar.render("downloading", 50, ProgressBar.MIN_BYTES, 2 * ProgressBar.MIN_BYTES));
  }

  @Test
  void terminalDevicesAreToldApartFromPipesAndFiles() {
    assertTrue(TerminalCheck.isTerminalDevice("/dev/pts/3"));
    assertTrue(TerminalCheck.isTerminalDevice("/dev/tty1"));
    assertFalse(TerminalCheck.isTerminalDevice("pipe:[12345]"));
    assertFalse(TerminalCheck.isTerminalDevice("/tmp/log.txt"));
    assertFalse(TerminalCheck.isTerminalDevice("/dev/null"));
    assertFalse(TerminalCheck.isTerminal(TerminalCheck.STDERR), "Maven's forked JVM writes stderr to a pipe");
  }
}

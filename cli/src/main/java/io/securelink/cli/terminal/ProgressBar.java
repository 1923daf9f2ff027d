package io.securelink.cli.terminal;

import io.securelink.cli.client.TransferListener;
import java.io.PrintWriter;

/**
 * A one-line progress bar on stderr, redrawn in place with {@code \r}, for transfers larger than
 * {@link #MIN_BYTES}; drawn only when stderr is a terminal, so logs and pipes never get control characters.
 */
public final class ProgressBar implements TransferListener {

  /** Transfers up to this size finish too quickly to need a bar. */
  public static final long MIN_BYTES = 1024 * 1024;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final String label;
  private final boolean enabled;
  private int drawnPercent = -1;

  private ProgressBar(PrintWriter err, String label, boolean enabled) {
    this.err = err;
    this.label = label;
    this.enabled = enabled;
  }

  /** Returns a bar labelled {@code label} that draws only if {@code stderrIsTerminal}. */
  public static ProgressBar onStderr(PrintWriter err, String label, boolean stderrIsTerminal) {
    return new ProgressBar(err, label, stderrIsTerminal);
  }

  @Override
  public synchronized void transferred(long done, long total) {
    if (!enabled || total <= MIN_BYTES) {
      return;
    }
    int percent = (int) Math.min(100, done * 100 / total);
    if (percent == drawnPercent) {
      return;
    }
    drawnPercent = percent;
    err.print("\r" + render(label, percent, done, total));
    err.flush();
  }

  /** Ends the bar's line, if one was drawn, so the next message starts on its own line. */
  public synchronized void finish() {
    if (drawnPercent >= 0) {
      err.println();
      err.flush();
      drawnPercent = -1;
    }
  }

  /** Returns the bar's text, e.g. {@code "uploading [#######-------] 50% 2.0/4.0 MiB"}. */
  static String render(String label, int percent, long done, long total) {
    int filled = percent * WIDTH / 100;
    return label + " [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + percent + "% "
        + mebibytes(Math.min(done, total)) + "/" + mebibytes(total) + " MiB";
  }

  private static String mebibytes(long bytes) {
    long tenths = bytes * 10 / MIN_BYTES;
    return tenths / 10 + "." + tenths % 10;
  }
}

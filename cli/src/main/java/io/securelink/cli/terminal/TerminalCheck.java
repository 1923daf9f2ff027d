package io.securelink.cli.terminal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a standard stream is a terminal, asked of Linux itself: {@code /proc/self/fd/N} links to the device the
 * descriptor is open on. {@code System.console()} cannot tell stderr apart, and a pipe or file must never get
 * progress bars or prompts.
 */
public final class TerminalCheck {

  public static final int STDIN = 0;
  public static final int STDERR = 2;

  private TerminalCheck() {}

  /** Returns whether descriptor {@code fd} of this process is a terminal; false where /proc cannot say. */
  public static boolean isTerminal(int fd) {
    try {
      return isTerminalDevice(Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString());
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  /** Returns whether {@code target}, where a descriptor's /proc link points, names a terminal device. */
  static boolean isTerminalDevice(String target) {
    return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
  }
}

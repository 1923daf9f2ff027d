package io.securelink.cli.terminal;

import io.securelink.cli.files.Utf8Bytes;
import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.EOFException;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a passphrase from the person at the terminal, with echo off: through {@link Console} when stdin and
 * stdout are the terminal, else straight from {@code /dev/tty} (so {@code pass show x | securelink send
 * --passphrase-prompt} still asks), turning echo off with {@code stty} and back on afterwards, also on Ctrl-C.
 */
public final class TerminalPrompt implements PassphrasePrompt {

  private static final File TTY = new File("/dev/tty");
  /** The longest line read from the terminal; a passphrase is typed, not pasted megabytes. */
  private static final int MAX_LINE_BYTES = 4096;

  @Override
  public String ask(String question) throws IOException {
    Console console = System.console();
    if (console != null) {
      char[] typed = console.readPassword("%s", question);
      if (typed == null) {
        throw new EOFException("the terminal closed before a passphrase was typed");
      }
      String passphrase = new String(typed);
      Arrays.fill(typed, '\0');
      return passphrase;
    }
    return askOnTty(question);
  }

  private static String askOnTty(String question) throws IOException {
    try (InputStream in = new FileInputStream(TTY); OutputStream out = new FileOutputStream(TTY)) {
      Thread restoreEcho = new Thread(TerminalPrompt::echoOn, "securelink-restore-echo");
      Runtime.getRuntime().addShutdownHook(restoreEcho);
      try {
        // Echo goes off before the question shows, so even a passphrase typed the moment it appears stays hidden.
        stty("-echo");
        out.write(question.getBytes(StandardCharsets.UTF_8));
        out.flush();
        return readLine(in);
      } finally {
        echoOn();
        Runtime.getRuntime().removeShutdownHook(restoreEcho);
        out.write('\n');
        out.flush();
      }
    } catch (FileNotFoundException e) {
      throw new NoTerminalException(e);
    }
  }

  /** Returns one line as UTF-8, without its CR LF or LF. */
  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != '\n') {
      if (b < 0) {
        throw new EOFException("the terminal closed before a passphrase was typed");
      }
      if (line.size() == MAX_LINE_BYTES) {
        throw new IOException("the typed line is longer than " + MAX_LINE_BYTES + " bytes");
      }
      line.write(b);
    }
    byte[] bytes = line.toByteArray();
    int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
    try {
      return Utf8Bytes.decode(bytes, length).orElseThrow(
          () -> new IOException("the terminal did not send UTF-8: set a UTF-8 locale (e.g. LANG=C.UTF-8)"));
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  private static void echoOn() {
    try {
      stty("echo");
    } catch (IOException e) {
      // The terminal is gone; there is no echo left to restore.
    }
  }

  private static void stty(String setting) throws IOException {
    Process stty = new ProcessBuilder("stty", setting)
        .redirectInput(TTY)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    try {
      if (stty.waitFor() != 0) {
        throw new IOException("stty " + setting + " failed on " + TTY);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while setting the terminal", e);
    }
  }
}

package io.securelink.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One {@code java -jar securelink.jar} run as a real process, to completion: stdin from bytes, stdout and stderr
 * kept, a bounded wait. It runs under {@code setsid}, without a controlling terminal, as in CI, so a prompt can
 * never wait for the developer's keyboard. {@link #onTerminal} instead gives it a real pseudo-terminal.
 *
 * @param exitCode the process's exit code
 * @param stdout its standard output, as bytes
 * @param stderr its standard error, as UTF-8 text
 */
public record CliProcess(int exitCode, byte[] stdout, String stderr) {

  static final long TIMEOUT_SECONDS = 60;

  /** Runs {@code securelink args} in {@code directory} against {@code server}, with {@code stdin}. */
  public static CliProcess run(Path directory, String server, byte[] stdin, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("setsid", "--wait"));
    command.addAll(javaJar());
    command.addAll(List.of(args));
    Path input = Files.write(Files.createTempFile(directory, "stdin-", ".bin"), stdin);
    Path output = Files.createTempFile(directory, "stdout-", ".bin");
    Path errors = Files.createTempFile(directory, "stderr-", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
        .redirectInput(input.toFile()).redirectOutput(output.toFile()).redirectError(errors.toFile());
    builder.environment().put("SECURELINK_SERVER", server);
    builder.environment().put("LANG", "C.UTF-8");
    Process process = builder.start();
    try {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        fail("securelink " + String.join(" ", args) + " did not exit within " + TIMEOUT_SECONDS + " s");
      }
      return new CliProcess(process.exitValue(), Files.readAllBytes(output),
          Files.readString(errors, StandardCharsets.UTF_8));
    } finally {
      process.destroyForcibly();
      for (Path file : List.of(input, output, errors)) {
        Files.deleteIfExists(file);
      }
    }
  }

  /** Returns the link {@code send} printed. */
  public String link() {
    return new String(stdout, StandardCharsets.UTF_8).strip();
  }

  @Override
  public String toString() {
    return "exit " + exitCode + ", stderr: " + stderr;
  }

  /** Returns {@code java -jar securelink.jar}, with the same JVM that runs the tests. */
  static List<String> javaJar() {
    return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        JarProcess.jar().toAbsolutePath().toString());
  }

  /**
   * Starts {@code shellCommand} (run by {@code sh -c}) on a new pseudo-terminal through util-linux
   * {@code script}, so {@code /dev/tty} and the console are real; what the terminal shows is read back.
   */
  static Terminal onTerminal(Path directory, String server, String shellCommand) throws IOException {
    ProcessBuilder builder = new ProcessBuilder("script", "--quiet", "--return", "--command", shellCommand,
        "/dev/null").directory(directory.toFile()).redirectErrorStream(true);
    builder.environment().put("SECURELINK_SERVER", server);
    builder.environment().put("LANG", "C.UTF-8");
    return new Terminal(builder.start());
  }

  /** A process on a pseudo-terminal: type lines into it, read what the screen shows. */
  static final class Terminal implements AutoCloseable {

    private final Process process;
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final Thread reader;

    private Terminal(Process process) {
      this.process = process;
      this.reader = new Thread(() -> copy(process.getInputStream()), "terminal-reader");
      reader.setDaemon(true);
      reader.start();
    }

    private void copy(InputStream in) {
      byte[] buffer = new byte[4096];
      try {
        int read;
        while ((read = in.read(buffer)) > 0) {
          synchronized (screen) {
            screen.write(buffer, 0, read);
          }
        }
      } catch (IOException e) {
        // The process ended; what it showed is kept.
      }
    }

    /** Returns everything the terminal has shown so far. */
    String screen() {
      synchronized (screen) {
        return screen.toString(StandardCharsets.UTF_8);
      }
    }

    /** Waits, at most {@link #TIMEOUT_SECONDS}, until the screen has shown {@code text} {@code times} times. */
    void awaitShown(String text, int times) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
      while (count(screen(), text) < times) {
        if (System.nanoTime() > deadline || !process.isAlive() && count(screen(), text) < times) {
          fail("the terminal did not show '" + text + "' " + times + " time(s); it shows: " + screen());
        }
        Thread.sleep(20);
      }
    }

    /** Types {@code line} and Enter. */
    void type(String line) throws IOException {
      OutputStream keyboard = process.getOutputStream();
      keyboard.write((line + "\r").getBytes(StandardCharsets.UTF_8));
      keyboard.flush();
    }

    /** Waits for the program to end and returns its exit code. */
    int waitForExit() throws InterruptedException {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        fail("the terminal program did not exit; it shows: " + screen());
      }
      reader.join(TimeUnit.SECONDS.toMillis(5));
      return process.exitValue();
    }

    private static int count(String haystack, String needle) {
      int count = 0;
      for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length())) {
        count++;
      }
      return count;
    }

    @Override
    public void close() throws InterruptedException {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }
}

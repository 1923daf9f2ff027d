package io.securelink.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar securelink.jar ...} as a real process, its output kept in files; every wait is bounded, and
 * a process still running at {@link #close()} is killed.
 */
public final class JarProcess implements AutoCloseable {

  private static final long POLL_MILLIS = 50;

  private final Process process;
  private final Path stdout;
  private final Path stderr;

  private JarProcess(Process process, Path stdout, Path stderr) {
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /** Returns the jar under test: {@code cli/target/securelink.jar}, as built by {@code mvn package}. */
  public static Path jar() {
    String configured = System.getProperty("securelink.jar");
    if (configured == null) {
      fail("system property securelink.jar is not set: run these tests through Maven (mvn verify)");
    }
    Path jar = Path.of(configured);
    if (!Files.isRegularFile(jar)) {
      fail(jar + " does not exist: run mvn package first");
    }
    return jar;
  }

  /** Starts the jar with {@code args} in {@code workingDirectory}. */
  public static JarProcess start(Path workingDirectory, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar().toAbsolutePath().toString());
    command.addAll(List.of(args));
    Path stdout = Files.createTempFile(workingDirectory, "stdout-", ".txt");
    Path stderr = Files.createTempFile(workingDirectory, "stderr-", ".txt");
    Process process = new ProcessBuilder(command)
        .directory(workingDirectory.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
        .redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile())
        .start();
    return new JarProcess(process, stdout, stderr);
  }

  /** Waits for the process to end and returns its exit code; fails the test past {@code seconds}. */
  public int waitForExit(long seconds) throws IOException, InterruptedException {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      fail("securelink did not exit within " + seconds + " s; stderr: " + stderr());
    }
    return process.exitValue();
  }

  /** Waits until stdout has a line containing {@code text} and returns it; fails past {@code seconds}. */
  public String awaitStdoutLine(String text, long seconds) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      for (String line : stdout().split("\n")) {
        if (line.contains(text)) {
          return line;
        }
      }
      if (!process.isAlive()) {
        fail("securelink exited with " + process.exitValue() + " before printing '" + text + "'; stderr: "
            + stderr());
      }
      Thread.sleep(POLL_MILLIS);
    }
    fail("securelink printed no line with '" + text + "' within " + seconds + " s; stderr: " + stderr());
    return null;
  }

  /** Sends SIGTERM, as {@code kill} or a service manager would. */
  public void terminate() {
    process.destroy();
  }

  public String stdout() throws IOException {
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }

  public String stderr() throws IOException {
    return Files.readString(stderr, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }
}

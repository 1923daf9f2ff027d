package io.securelink.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    return start(workingDirectory, Map.of(), List.of(), args);
  }

  /**
   * Starts the jar with {@code args} in {@code workingDirectory}, {@code environment} added to this process's
   * own and {@code jvmOptions} (such as {@code -Dname=value}) before {@code -jar}.
   */
  public static JarProcess start(Path workingDirectory, Map<String, String> environment, List<String> jvmOptions,
      String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(jar().toAbsolutePath().toString());
    command.addAll(List.of(args));
    Path stdout = Files.createTempFile(workingDirectory, "stdout-", ".txt");
    Path stderr = Files.createTempFile(workingDirectory, "stderr-", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(environment);
    Process process = builder
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

  /** Sends SIGKILL, as a crash, the OOM killer or a pulled plug would, and waits until the process is gone. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      fail("securelink did not die within 30 s of SIGKILL");
    }
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

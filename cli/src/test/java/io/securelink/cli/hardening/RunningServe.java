package io.securelink.cli.hardening;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.securelink.cli.JarProcess;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code java -jar securelink.jar serve --port 0 --data DIR} as a process, once it has said where it listens. */
record RunningServe(JarProcess process, int port) implements AutoCloseable {

  private static final long START_SECONDS = 90;
  private static final Pattern RUNNING = Pattern.compile("SecureLink is running: open http://127\\.0\\.0\\.1:(\\d+)/ .*");

  /** Starts serve over {@code data}, in {@code work}, with extra environment and JVM options. */
  static RunningServe start(Path work, Path data, Map<String, String> environment, List<String> jvmOptions)
      throws IOException, InterruptedException {
    JarProcess process = JarProcess.start(work, environment, jvmOptions, "serve", "--port", "0", "--data",
        data.toString());
    String line = process.awaitStdoutLine("SecureLink is running", START_SECONDS);
    Matcher running = RUNNING.matcher(line);
    assertTrue(running.matches(), "unexpected start line: " + line);
    return new RunningServe(process, Integer.parseInt(running.group(1)));
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + port + "/");
  }

  /** Returns everything the process wrote to stdout and stderr so far, one record a line. */
  List<String> outputLines() throws IOException {
    return (process.stdout() + process.stderr()).lines().toList();
  }

  @Override
  public void close() throws InterruptedException {
    process.close();
  }
}

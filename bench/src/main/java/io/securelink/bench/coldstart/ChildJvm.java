package io.securelink.bench.coldstart;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts fresh JVMs on one classpath and environment, and times each from start to exit. The environment is
 * cleared of AWS, SecureLink and JVM-option variables first, so nothing from the caller's shell changes a run.
 */
final class ChildJvm {

  /** What AWS Lambda's Java 17 runtime sets: C1 only, serial GC. */
  static final List<String> LAMBDA_FLAGS =
      List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

  private static final long LIMIT_SECONDS = 90;

  /** One finished child: its wall time as seen from here, and what it measured inside. */
  record Run(double wallMillis, ChildTiming timing) {}

  private final String classpath;
  private final Map<String, String> environment;

  ChildJvm(List<Path> classpath, Map<String, String> environment) {
    List<String> entries = new ArrayList<>();
    classpath.forEach(path -> entries.add(path.toString()));
    this.classpath = String.join(File.pathSeparator, entries);
    this.environment = Map.copyOf(environment);
  }

  /** Runs {@code mainClass} with {@code arguments}; throws with its output if it fails or prints no timing. */
  Run run(Class<?> mainClass, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(LAMBDA_FLAGS);
    command.addAll(List.of("-cp", classpath, mainClass.getName()));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().keySet().removeIf(ChildJvm::isCleared);
    builder.environment().putAll(environment);
    Path output = Files.createTempFile("securelink-bench-child-", ".log");
    try {
      builder.redirectOutput(output.toFile());
      long start = System.nanoTime();
      Process process = builder.start();
      if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        throw new IllegalStateException(mainClass.getSimpleName() + " did not finish in " + LIMIT_SECONDS + " s");
      }
      double wallMillis = (System.nanoTime() - start) / 1e6;
      String printed = Files.readString(output, StandardCharsets.UTF_8);
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            mainClass.getSimpleName() + " exited " + process.exitValue() + ":\n" + printed);
      }
      ChildTiming timing = ChildTiming.find(printed).orElseThrow(() -> new IllegalStateException(
          mainClass.getSimpleName() + " printed no timing:\n" + printed));
      return new Run(wallMillis, timing);
    } finally {
      Files.deleteIfExists(output);
    }
  }

  private static boolean isCleared(String name) {
    return name.startsWith("AWS_") || name.startsWith("SECURELINK_") || name.equals("JAVA_TOOL_OPTIONS")
        || name.equals("JDK_JAVA_OPTIONS") || name.equals("_JAVA_OPTIONS") || name.equals("CLASSPATH");
  }
}

package io.securelink.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the figures were measured on: cores, CPU model, load and JVM, read from /proc where Linux has it. */
final class Machine {

  private Machine() {}

  /** Returns one line naming the cores, the CPU model and the JVM. */
  static String describe() {
    return Runtime.getRuntime().availableProcessors() + " cores, " + cpuModel() + ", Java "
        + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")";
  }

  /** Returns the 1-, 5- and 15-minute load averages as /proc/loadavg gives them, or "unknown". */
  static String load() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String cpuModel() {
    try {
      List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
      return lines.stream()
          .filter(line -> line.startsWith("model name"))
          .map(line -> line.substring(line.indexOf(':') + 1).trim())
          .findFirst()
          .orElse("unknown CPU");
    } catch (IOException e) {
      return "unknown CPU";
    }
  }
}

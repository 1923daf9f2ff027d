package io.securelink.bench.coldstart;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a cold-start JVM measured inside itself, in nanoseconds, written as one line on its standard output among
 * whatever else it prints (the API's access log goes there too).
 *
 * @param initNanos from main to a ready handler or client
 * @param primeNanos running the CRaC priming hook (0 when not run)
 * @param requestNanos the timed requests: create and reveal, or put, get and delete
 */
record ChildTiming(long initNanos, long primeNanos, long requestNanos) {

  private static final String PREFIX = "coldstart-timing ";

  /** Returns the line a child prints. */
  String line() {
    return PREFIX + initNanos + " " + primeNanos + " " + requestNanos;
  }

  /** Returns the timing in a child's output, if it printed one. */
  static Optional<ChildTiming> find(String output) {
    return Arrays.stream(output.split("\n"))
        .filter(line -> line.startsWith(PREFIX))
        .reduce((first, second) -> second)
        .map(line -> line.substring(PREFIX.length()).trim().split(" "))
        .map(fields -> new ChildTiming(Long.parseLong(fields[0]), Long.parseLong(fields[1]),
            Long.parseLong(fields[2])));
  }
}

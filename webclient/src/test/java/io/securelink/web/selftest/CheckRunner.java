package io.securelink.web.selftest;

/**
 * Runs named checks and writes one line per check: {@code PASS name}, {@code PASS name: detail} or
 * {@code FAIL name: reason}, then a closing {@code DONE n passed, m failed}. The JVM side of the browser test
 * reads these lines back ({@code io.securelink.web.browser.SelfTestReport}). Platform-free, so TeaVM compiles it.
 */
final class CheckRunner {

  /** A check that fails by throwing. */
  interface Check {
    void run() throws Exception;
  }

  /** A check that fails by throwing and otherwise reports how many cases it ran. */
  interface CountedCheck {
    int run() throws Exception;
  }

  /** A check that fails by throwing and otherwise returns a detail for the reader (one line, no secrets). */
  interface DescribedCheck {
    String run() throws Exception;
  }

  /** Where the lines go. */
  interface Sink {
    void line(String line);
  }

  private final Sink sink;
  private int passed;
  private int failed;

  CheckRunner(Sink sink) {
    this.sink = sink;
  }

  /** Runs {@code check} and reports it under {@code name}. */
  void run(String name, Check check) {
    runDescribed(name, () -> {
      check.run();
      return "";
    });
  }

  /** Runs {@code check} and reports it under {@code name} with the number of cases it ran. */
  void runCounted(String name, CountedCheck check) {
    runDescribed(name, () -> check.run() + " cases");
  }

  /** Runs {@code check} and reports it under {@code name} with the detail it returns. */
  void runDescribed(String name, DescribedCheck check) {
    try {
      String detail = check.run();
      passed++;
      sink.line(detail.isEmpty() ? "PASS " + name : "PASS " + name + ": " + detail);
    } catch (Throwable failure) {
      fail(name, failure);
    }
  }

  /** Reports {@code name} as failed by {@code failure}, for work that failed outside a check. */
  void fail(String name, Throwable failure) {
    failed++;
    sink.line("FAIL " + name + ": " + describe(failure));
  }

  /** Writes the closing line. */
  void finish() {
    sink.line("DONE " + passed + " passed, " + failed + " failed");
  }

  private static String describe(Throwable failure) {
    String type = failure.getClass().getName();
    String message = failure.getMessage();
    String described = message == null ? type : type + ": " + message;
    // One line per check: the reader splits on line breaks.
    return described.replace('\n', ' ').replace('\r', ' ');
  }
}

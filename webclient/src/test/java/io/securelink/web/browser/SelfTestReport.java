package io.securelink.web.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines a browser self-test wrote ({@code PASS name}, {@code PASS name: detail}, {@code FAIL name: reason},
 * then {@code DONE n passed, m failed}), parsed strictly: a line of any other shape, a check reported twice, a
 * missing or miscounted DONE line all mean the self-test did not run as designed.
 */
public final class SelfTestReport {

  /** One check's outcome. */
  public record Check(String name, boolean passed, String detail) {}

  private final Map<String, Check> checks;

  private SelfTestReport(Map<String, Check> checks) {
    this.checks = checks;
  }

  /**
   * Returns the report in {@code text}.
   *
   * @throws IllegalArgumentException if the text is not a complete report; the message quotes it
   */
  public static SelfTestReport parse(String text) {
    Map<String, Check> checks = new LinkedHashMap<>();
    String done = null;
    for (String line : text.strip().split("\n")) {
      if (done != null) {
        throw malformed("a line after DONE: " + line, text);
      }
      if (line.startsWith("DONE ")) {
        done = line;
      } else {
        Check check = parseCheck(line, text);
        if (checks.putIfAbsent(check.name(), check) != null) {
          throw malformed("check reported twice: " + check.name(), text);
        }
      }
    }
    if (done == null) {
      throw malformed("the self-test did not finish", text);
    }
    long passed = checks.values().stream().filter(Check::passed).count();
    String expectedDone = "DONE " + passed + " passed, " + (checks.size() - passed) + " failed";
    if (!done.equals(expectedDone)) {
      throw malformed("expected \"" + expectedDone + "\"", text);
    }
    return new SelfTestReport(checks);
  }

  /** Returns the checks in the order they ran. */
  public List<Check> checks() {
    return new ArrayList<>(checks.values());
  }

  /** Returns the check named {@code name}, or null if it did not run. */
  public Check check(String name) {
    return checks.get(name);
  }

  private static Check parseCheck(String line, String text) {
    boolean passed = line.startsWith("PASS ");
    if (!passed && !line.startsWith("FAIL ")) {
      throw malformed("not a PASS, FAIL or DONE line: " + line, text);
    }
    String rest = line.substring(5);
    int colon = rest.indexOf(": ");
    String name = colon < 0 ? rest : rest.substring(0, colon);
    String detail = colon < 0 ? "" : rest.substring(colon + 2);
    if (name.isEmpty() || name.contains(" ") || (!passed && detail.isEmpty())) {
      throw malformed("malformed check line: " + line, text);
    }
    return new Check(name, passed, detail);
  }

  private static IllegalArgumentException malformed(String problem, String text) {
    return new IllegalArgumentException("browser self-test report: " + problem + "\n--- report ---\n" + text);
  }
}

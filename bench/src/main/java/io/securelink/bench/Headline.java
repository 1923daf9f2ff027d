package io.securelink.bench;

/**
 * One figure's ratio against its same-run baseline, with the target if it set one, for the closing summary.
 *
 * @param figure what was measured, e.g. "P1 seal+open 4 MiB, client/raw throughput"
 * @param ratio the ratio of each run
 * @param target the bound the median must meet, or NaN where the issue set none
 * @param atLeast whether the median must be at least the target (throughput) or at most (time, size)
 */
public record Headline(String figure, Samples ratio, double target, boolean atLeast) {

  /** Returns a figure that must reach at least {@code target}. */
  public static Headline atLeast(String figure, Samples ratio, double target) {
    return new Headline(figure, ratio, target, true);
  }

  /** Returns a figure that must stay at or below {@code target}. */
  public static Headline atMost(String figure, Samples ratio, double target) {
    return new Headline(figure, ratio, target, false);
  }

  /** Returns a figure reported for information, with no target. */
  public static Headline untargeted(String figure, Samples ratio) {
    return new Headline(figure, ratio, Double.NaN, false);
  }

  /** Returns whether the median meets the target; a figure without one always does. */
  public boolean met() {
    if (Double.isNaN(target)) {
      return true;
    }
    return atLeast ? ratio.median() >= target : ratio.median() <= target;
  }

  /** Returns the summary line: median, then min to max, the target and whether it was met. */
  public String line() {
    String verdict;
    if (Double.isNaN(target)) {
      verdict = "(no target)";
    } else {
      String bound = String.format("target %s %.2f", atLeast ? ">=" : "<=", target);
      verdict = met() ? bound + "  met"
          : String.format("%s  MISSED by %.0f%%", bound, Math.abs(ratio.median() / target - 1) * 100);
    }
    return String.format("%-54s %7.2f  [%.2f .. %.2f]  %s", figure, ratio.median(), ratio.min(), ratio.max(),
        verdict);
  }
}

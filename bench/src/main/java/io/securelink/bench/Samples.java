package io.securelink.bench;

import java.util.Arrays;
import java.util.Collection;

/**
 * Measured values of one quantity, summarised the way every figure is reported: min, median, max, and
 * nearest-rank percentiles for latencies.
 */
public final class Samples {

  private final double[] sorted;

  private Samples(double[] sorted) {
    this.sorted = sorted;
  }

  /** Returns the samples {@code values}; there must be at least one, and none may be NaN. */
  public static Samples of(double... values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no samples");
    }
    double[] copy = values.clone();
    for (double value : copy) {
      if (Double.isNaN(value)) {
        throw new IllegalArgumentException("a sample is NaN");
      }
    }
    Arrays.sort(copy);
    return new Samples(copy);
  }

  /** Returns the samples {@code values}. */
  public static Samples of(Collection<Double> values) {
    return of(values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  public int count() {
    return sorted.length;
  }

  public double min() {
    return sorted[0];
  }

  public double max() {
    return sorted[sorted.length - 1];
  }

  /** Returns the median; for an even count, the mean of the two middle values. */
  public double median() {
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  /** Returns the nearest-rank percentile: the smallest sample with at least {@code percent}% of all at or below it. */
  public double percentile(double percent) {
    if (!(percent > 0 && percent <= 100)) {
      throw new IllegalArgumentException("percentile must be in (0, 100]: " + percent);
    }
    int rank = (int) Math.ceil(percent / 100 * sorted.length);
    return sorted[rank - 1];
  }

  /** Returns "min / median / max" with {@code decimals} digits after the point. */
  public String minMedianMax(int decimals) {
    String format = "%." + decimals + "f";
    return String.format(format, min()) + " / " + String.format(format, median()) + " / "
        + String.format(format, max());
  }
}

package io.securelink.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SamplesTest {

  @Test
  void oddCountHasTheMiddleValueAsMedian() {
    Samples samples = Samples.of(5, 1, 3);
    assertEquals(1, samples.min());
    assertEquals(3, samples.median());
    assertEquals(5, samples.max());
    assertEquals("1.0 / 3.0 / 5.0", samples.minMedianMax(1));
  }

  @Test
  void evenCountAveragesTheTwoMiddleValues() {
    assertEquals(2.5, Samples.of(List.of(4.0, 1.0, 2.0, 3.0)).median());
  }

  @Test
  void percentilesUseTheNearestRank() {
    double[] hundred = new double[100];
    for (int i = 0; i < hundred.length; i++) {
      hundred[i] = 100 - i;
    }
    Samples samples = Samples.of(hundred);
    assertEquals(50, samples.percentile(50));
    assertEquals(99, samples.percentile(99));
    assertEquals(100, samples.percentile(100));
    assertEquals(1, samples.percentile(0.5));
    assertEquals(7, Samples.of(7).percentile(99));
  }

  @Test
  void refusesWhatCannotBeSummarised() {
    assertThrows(IllegalArgumentException.class, () -> Samples.of());
    assertThrows(IllegalArgumentException.class, () -> Samples.of(1, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Samples.of(1).percentile(0));
  }

  @Test
  void keepsItsOwnCopy() {
    double[] values = {3, 2, 1};
    Samples samples = Samples.of(values);
    values[0] = -10;
    assertEquals(1, samples.min());
  }
}

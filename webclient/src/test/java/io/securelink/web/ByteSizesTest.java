package io.securelink.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ByteSizesTest {

  @Test
  void describesEachUnitAndRoundsDown() {
    assertEquals("0 bytes", ByteSizes.describe(0));
    assertEquals("1 byte", ByteSizes.describe(1));
    assertEquals("1023 bytes", ByteSizes.describe(1023));
    assertEquals("1 KiB", ByteSizes.describe(1024));
    assertEquals("1.4 KiB", ByteSizes.describe(1535));
    assertEquals("1.5 KiB", ByteSizes.describe(1536));
    assertEquals("1023.9 KiB", ByteSizes.describe(1024 * 1024 - 1));
    assertEquals("4 MiB", ByteSizes.describe(4 * 1024 * 1024));
    // One byte over the limit must not read as the limit itself rounded up.
    assertEquals("4 MiB", ByteSizes.describe(4 * 1024 * 1024 + 1));
    assertEquals("5.2 MiB", ByteSizes.describe(5_500_000));
  }

  @Test
  void exactCountsGetThousandsSeparators() {
    assertEquals("0", ByteSizes.exact(0));
    assertEquals("999", ByteSizes.exact(999));
    assertEquals("1,000", ByteSizes.exact(1000));
    assertEquals("4,194,304", ByteSizes.exact(4_194_304));
    assertEquals("4,194,305", ByteSizes.exact(4_194_305));
    assertEquals("123,456,789,012", ByteSizes.exact(123_456_789_012L));
  }

  @Test
  void negativeSizesAreAProgrammingError() {
    assertThrows(IllegalArgumentException.class, () -> ByteSizes.describe(-1));
  }
}

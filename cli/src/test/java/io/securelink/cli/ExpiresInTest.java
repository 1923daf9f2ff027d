package io.securelink.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/** {@code --expires}: every documented spelling, and the API's bounds of 60 s to 30 d. */
class ExpiresInTest {

  @Test
  void theDocumentedChoicesAndAnyUnit() {
    assertEquals(300, ExpiresIn.parseSeconds("5m"));
    assertEquals(3_600, ExpiresIn.parseSeconds("1h"));
    assertEquals(86_400, ExpiresIn.parseSeconds("1d"));
    assertEquals(604_800, ExpiresIn.parseSeconds("7d"));
    assertEquals(2_592_000, ExpiresIn.parseSeconds("30d"));
    assertEquals(60, ExpiresIn.parseSeconds("60s"));
    assertEquals(5_400, ExpiresIn.parseSeconds("90m"));
  }

  @Test
  void outOfBoundsOrMalformedIsRefusedWithTheRule() {
    for (String bad : new String[] {"59s", "2592001s", "31d", "0d", "1w", "10", "1 h", "h", "1.5h", "9999999999d"}) {
      TypeConversionException refused = assertThrows(TypeConversionException.class,
          () -> ExpiresIn.parseSeconds(bad), bad);
      assertEquals(true, refused.getMessage().contains("30d"), refused.getMessage());
    }
  }

  @Test
  void describesSecondsInTheLargestWholeUnit() {
    assertEquals("1d", ExpiresIn.describe(86_400));
    assertEquals("36h", ExpiresIn.describe(129_600));
    assertEquals("5m", ExpiresIn.describe(300));
    assertEquals("90s", ExpiresIn.describe(90));
  }
}

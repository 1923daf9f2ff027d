package io.securelink.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.securelink.core.Payload;
import org.junit.jupiter.api.Test;

/** Case c06: a file one byte over the limit is refused with a message naming the limit. */
class ContentLimitTest {

  @Test
  void aFileAtTheLimitFits() {
    assertNull(ContentLimit.fileProblem(Payload.MAX_CONTENT_BYTES));
    assertNull(ContentLimit.fileProblem(0));
  }

  @Test
  void oneByteOverTheLimitIsRefusedNamingTheLimit() {
    String problem = ContentLimit.fileProblem(Payload.MAX_CONTENT_BYTES + 1);
    assertTrue(problem.contains("4 MiB (4,194,304 bytes)"), problem);
    assertTrue(problem.contains("4,194,305 bytes"), problem);
    assertTrue(problem.contains("Nothing was encrypted or uploaded"), problem);
  }

  @Test
  void filesBeyondTheIntRangeAreStillRefused() {
    assertTrue(ContentLimit.fileProblem(5e9).contains("5,000,000,000 bytes"));
  }

  @Test
  void limitTextMatchesThePayloadLimit() {
    assertEquals(4_194_304, Payload.MAX_CONTENT_BYTES);
    assertEquals("4 MiB (4,194,304 bytes)", ContentLimit.limitText());
  }
}

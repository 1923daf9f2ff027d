package io.securelink.core;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaddingTest {

  static List<Integer> buckets() {
    List<Integer> buckets = new ArrayList<>();
    for (int bucket = 1024; bucket <= 2 * 1024 * 1024; bucket *= 2) {
      buckets.add(bucket);
    }
    buckets.add(4_195_299);
    return buckets;
  }

  @Test
  void theLargestBucketFillsTheLargestEnvelope() {
    assertEquals(4_195_299, Padding.MAX_PADDED);
    assertEquals(Envelope.MAX_BYTES, Padding.MAX_PADDED + 1 + 12 + 16);
    assertEquals(1053, Envelope.MIN_BYTES);
    assertEquals(13, buckets().size());
  }

  @Test
  void eachLengthGoesToTheSmallestBucketThatHoldsIt() {
    int previous = 0;
    for (int bucket : buckets()) {
      assertTrue(Padding.isBucket(bucket));
      assertEquals(bucket, Padding.paddedLength(bucket), "at " + bucket);
      assertEquals(bucket, Padding.paddedLength(previous + 1), "just above " + previous);
      if (bucket > 1024) {
        assertEquals(previous, Padding.paddedLength(previous), "at " + previous);
        assertFalse(Padding.isBucket(bucket - 1));
        assertFalse(Padding.isBucket(bucket + 1));
      }
      previous = bucket;
    }
    assertEquals(1024, Padding.paddedLength(0));
    assertThrows(IllegalArgumentException.class, () -> Padding.paddedLength(Padding.MAX_PADDED + 1));
  }

  @Test
  void openingAcceptsOnlyTheCanonicalPadding() {
    byte[] payload = Payload.text("hi").encode();
    byte[] padded = Padding.pad(payload);
    assertEquals(1024, padded.length);
    assertDoesNotThrow(() -> Padding.requireCanonical(padded, payload.length));
    for (int i = payload.length; i < padded.length; i++) {
      byte[] changed = padded.clone();
      changed[i] = (byte) 0x80;
      assertThrows(AuthenticationException.class, () -> Padding.requireCanonical(changed, payload.length));
    }
    byte[] tooLong = new byte[2048];
    System.arraycopy(payload, 0, tooLong, 0, payload.length);
    assertThrows(AuthenticationException.class, () -> Padding.requireCanonical(tooLong, payload.length));
    assertThrows(AuthenticationException.class, () -> Padding.requireCanonical(padded, 1025));
  }
}

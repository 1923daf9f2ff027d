package io.securelink.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.securelink.backend.Limits;
import io.securelink.core.Envelope;
import org.junit.jupiter.api.Test;

/** The client and the backend each keep the envelope limit; the CLI links both, so it checks they agree. */
class SharedLimitsTest {

  @Test
  void theBackendAcceptsExactlyTheLargestEnvelopeTheClientMakes() {
    assertEquals(Envelope.MAX_BYTES, Limits.MAX_CIPHERTEXT_BYTES);
  }

  @Test
  void aMaximalCreateRequestFitsUnderLambdasPayloadLimit() {
    assertTrue(Limits.defaults().maxBodyChars() <= 6 * 1024 * 1024, "" + Limits.defaults().maxBodyChars());
  }
}

package io.securelink.backend;

import static io.securelink.backend.TestRequests.create;
import static io.securelink.backend.TestRequests.error;
import static io.securelink.backend.TestRequests.reveal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.securelink.backend.TestRequests.TestSecret;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Case c06 at the real limit: 4 MiB + 1 KiB of ciphertext is stored and revealed; one byte more, or 5 MiB, is 413. */
@ExtendWith(LocalS3.class)
class SizeLimitTest {

  @Test
  void theLargestEnvelopeRoundTripsAndOneByteMoreIsRefused(LocalS3 s3) throws Exception {
    assertEquals(4_195_328, Limits.MAX_CIPHERTEXT_BYTES, "the client's Envelope.MAX_BYTES");
    String bucket = s3.newBucket();
    try (S3SecretStore store = s3.newStore(bucket)) {
      Api api = new Api(store, new MutableClock(), Limits.defaults(), new AccessLog(line -> {}));

      TestSecret largest = TestSecret.random(Limits.MAX_CIPHERTEXT_BYTES);
      assertEquals(201, create(api, largest, 3600, false).getStatusCode());
      APIGatewayV2HTTPResponse revealed = reveal(api, largest, largest.proof());
      assertEquals(200, revealed.getStatusCode());
      assertEquals(largest.ciphertext(), TestRequests.body(revealed).get("ciphertext").asString());

      for (int size : new int[] {Limits.MAX_CIPHERTEXT_BYTES + 1, 5 * 1024 * 1024}) {
        TestSecret tooLarge = TestSecret.random(size);
        APIGatewayV2HTTPResponse refused = create(api, tooLarge, 3600, false);
        assertEquals(413, refused.getStatusCode(), size + " bytes");
        assertEquals("payload_too_large", error(refused));
        assertEquals("The ciphertext is larger than 4195328 bytes.", TestRequests.body(refused).get("message").asString());
      }
      assertEquals(List.of(Claims.claimKey(largest.id(), 1)), s3.keys(bucket),
          "nothing oversized was stored; the revealed one is gone, its claim left as the tombstone");
      System.out.printf("size limit: %d bytes stored and revealed; %d and %d bytes refused with 413%n",
          Limits.MAX_CIPHERTEXT_BYTES, Limits.MAX_CIPHERTEXT_BYTES + 1, 5 * 1024 * 1024);
    }
  }

  @Test
  void aTwelveMegabyteBodyIsRefusedBeforeParsing(LocalS3 s3) {
    String bucket = s3.newBucket();
    try (S3SecretStore store = s3.newStore(bucket)) {
      Api api = new Api(store, new MutableClock(), Limits.defaults(), new AccessLog(line -> {}));
      String junk = "[".repeat(12 * 1024 * 1024);
      for (String path : List.of("/api/secrets", "/api/secrets/AAAAAAAAAAAAAAAAAAAAAA/reveal")) {
        APIGatewayV2HTTPResponse refused = api.handle(TestRequests.event("POST", path, junk));
        assertEquals(413, refused.getStatusCode(), path);
        assertEquals("payload_too_large", error(refused));
      }
      APIGatewayV2HTTPResponse nested = api.handle(TestRequests.event("POST", "/api/secrets", "[".repeat(100_000)));
      assertEquals(400, nested.getStatusCode());
    }
  }
}

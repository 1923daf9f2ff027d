package io.securelink.backend;

import static io.securelink.backend.TestRequests.create;
import static io.securelink.backend.TestRequests.error;
import static io.securelink.backend.TestRequests.reveal;
import static io.securelink.backend.TestRequests.revoke;
import static io.securelink.backend.TestRequests.status;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.securelink.backend.TestRequests.TestSecret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An id, once revealed or revoked, is never stored again: whoever kept a copy of the create request (a proxy log,
 * an operator) cannot replay it to make a consumed link work a second time.
 */
@ExtendWith(LocalS3.class)
class ConsumedIdTest {

  @Test
  void aReplayedCreateAfterTheRevealIsRefused(LocalS3 s3) {
    try (S3SecretStore store = s3.newStore(s3.newBucket())) {
      Api api = api(store);
      TestSecret secret = TestSecret.random(300);
      assertEquals(201, create(api, secret, 600, false).getStatusCode());
      assertEquals(200, reveal(api, secret, secret.proof()).getStatusCode());

      assertIdTaken(create(api, secret, 600, false));
      assertEquals(404, status(api, secret.id()).getStatusCode());
      assertEquals(404, reveal(api, secret, secret.proof()).getStatusCode());
    }
  }

  @Test
  void aReplayedCreateAfterTheRevokeIsRefused(LocalS3 s3) {
    try (S3SecretStore store = s3.newStore(s3.newBucket())) {
      Api api = api(store);
      TestSecret secret = TestSecret.random(300);
      assertEquals(201, create(api, secret, 600, false).getStatusCode());
      assertEquals(204, revoke(api, secret, secret.proof()).getStatusCode());

      assertIdTaken(create(api, secret, 600, false));
      assertEquals(404, reveal(api, secret, secret.proof()).getStatusCode());
    }
  }

  @Test
  void aRepeatedCreateBeforeAnyRevealStillSucceeds(LocalS3 s3) {
    try (S3SecretStore store = s3.newStore(s3.newBucket())) {
      Api api = api(store);
      TestSecret secret = TestSecret.random(300);
      assertEquals(201, create(api, secret, 600, false).getStatusCode());
      assertEquals(201, create(api, secret, 600, false).getStatusCode());
      assertEquals(200, reveal(api, secret, secret.proof()).getStatusCode());
    }
  }

  private static void assertIdTaken(APIGatewayV2HTTPResponse response) {
    assertEquals(409, response.getStatusCode(), response.getBody());
    assertEquals("id_taken", error(response));
  }

  private static Api api(S3SecretStore store) {
    return new Api(store, new MutableClock(), Limits.defaults(), new AccessLog(line -> {}));
  }
}

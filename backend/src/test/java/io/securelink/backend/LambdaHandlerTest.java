package io.securelink.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.securelink.backend.TestRequests.TestSecret;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Lambda entry point: configured from the environment, end to end against S3Proxy, and its CRaC priming. */
@ExtendWith(LocalS3.class)
class LambdaHandlerTest {

  private static Map<String, String> env(LocalS3 s3, String bucket) {
    Map<String, String> env = new HashMap<>();
    env.put("SECURELINK_BUCKET", bucket);
    env.put("SECURELINK_S3_ENDPOINT", s3.endpoint().toString());
    env.put("AWS_REGION", LocalS3.REGION);
    env.put("SECURELINK_S3_PATH_STYLE", "true");
    return env;
  }

  @Test
  void handlesRequestsWithTheEnvironmentsSettings(LocalS3 s3) {
    String bucket = s3.newBucket();
    Map<String, String> env = env(s3, bucket);
    env.put("SECURELINK_MAX_TTL", "3600");
    env.put("SECURELINK_MAX_BYTES", "100");
    LambdaHandler handler = new LambdaHandler(env, LocalS3.credentials());
    TestSecret secret = TestSecret.random(100);

    APIGatewayV2HTTPResponse tooLong = handler.handleRequest(
        TestRequests.event("POST", "/api/secrets", secret.createBody(3601, false)), null);
    assertEquals(400, tooLong.getStatusCode());
    assertEquals("invalid_expiry", TestRequests.error(tooLong));
    assertEquals(413, handler.handleRequest(
        TestRequests.event("POST", "/api/secrets", TestSecret.random(101).createBody(60, false)), null).getStatusCode());

    assertEquals(201, handler.handleRequest(
        TestRequests.event("POST", "/api/secrets", secret.createBody(3600, false)), null).getStatusCode());
    assertEquals(List.of("secrets/" + secret.id()), s3.keys(bucket));
    APIGatewayV2HTTPResponse revealed = handler.handleRequest(
        TestRequests.event("POST", "/api/secrets/" + secret.id() + "/reveal", secret.proofBody()), null);
    assertEquals(200, revealed.getStatusCode());
    assertEquals(secret.ciphertext(), TestRequests.body(revealed).get("ciphertext").asString());
    assertEquals(404, handler.handleRequest(null, null).getStatusCode(), "a null event matches no route");
  }

  @Test
  void primingBeforeCheckpointWarmsEveryPathAndWritesNothing(LocalS3 s3) {
    String bucket = s3.newBucket();
    LambdaHandler handler = new LambdaHandler(env(s3, bucket), LocalS3.credentials());
    handler.priming().beforeCheckpoint(null);
    handler.priming().afterRestore(null);
    assertEquals(List.of(), s3.keys(bucket), "priming creates no secret, claim or marker");
  }

  @Test
  void primingAgainstAnUnreachableStoreFailsClosed() {
    Map<String, String> env = new HashMap<>();
    env.put("SECURELINK_BUCKET", "unreachable");
    // Port 9 (discard) on loopback: nothing listens, so the S3 call fails at once and priming must carry on.
    env.put("SECURELINK_S3_ENDPOINT", "http://127.0.0.1:9");
    env.put("SECURELINK_S3_REGION", LocalS3.REGION);
    LambdaHandler handler = new LambdaHandler(env, LocalS3.credentials());
    handler.priming().beforeCheckpoint(null);
    APIGatewayV2HTTPResponse status = handler.handleRequest(
        TestRequests.event("GET", "/api/secrets/" + Priming.PRIMING_ID, null), null);
    assertEquals(503, status.getStatusCode());
    assertEquals("store_unavailable", TestRequests.error(status));
  }

  @Test
  void configurationErrorsNameTheVariable() {
    assertEquals("Set SECURELINK_BUCKET",
        assertThrows(IllegalStateException.class, () -> BackendConfig.fromEnvironment(Map.of())).getMessage());
    assertEquals("Set SECURELINK_S3_REGION or AWS_REGION", assertThrows(IllegalStateException.class,
        () -> BackendConfig.fromEnvironment(Map.of("SECURELINK_BUCKET", "b"))).getMessage());
    assertEquals("SECURELINK_S3_PATH_STYLE must be true or false", assertThrows(IllegalStateException.class,
        () -> BackendConfig.fromEnvironment(
            Map.of("SECURELINK_BUCKET", "b", "AWS_REGION", "eu-west-1", "SECURELINK_S3_PATH_STYLE", "yes")))
        .getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> BackendConfig.fromEnvironment(
        Map.of("SECURELINK_BUCKET", "b", "AWS_REGION", "eu-west-1", "SECURELINK_MAX_BYTES", "6000000")))
        .getMessage().contains("Lambda's payload limit"));

    BackendConfig config = BackendConfig.fromEnvironment(
        Map.of("SECURELINK_BUCKET", "b", "AWS_REGION", "eu-west-1", "SECURELINK_S3_REGION", "us-west-2"));
    assertEquals("us-west-2", config.region());
    assertEquals(null, config.endpoint());
    assertEquals(false, config.pathStyle());
    assertEquals(Limits.defaults(), config.limits());
    assertEquals(Duration.ofDays(30), config.limits().maxTtl());
    assertEquals(Duration.ofSeconds(60), config.claimTimeout());
    assertEquals(Duration.ofSeconds(90), BackendConfig.fromEnvironment(Map.of("SECURELINK_BUCKET", "b",
        "AWS_REGION", "eu-west-1", "SECURELINK_CLAIM_TIMEOUT", "90")).claimTimeout());
    assertEquals("SECURELINK_CLAIM_TIMEOUT must be at least 40 seconds", assertThrows(IllegalStateException.class,
        () -> BackendConfig.fromEnvironment(
            Map.of("SECURELINK_BUCKET", "b", "AWS_REGION", "eu-west-1", "SECURELINK_CLAIM_TIMEOUT", "39")))
        .getMessage());
  }
}

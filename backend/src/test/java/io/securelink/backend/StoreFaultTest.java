package io.securelink.backend;

import static io.securelink.backend.TestRequests.create;
import static io.securelink.backend.TestRequests.error;
import static io.securelink.backend.TestRequests.reveal;
import static io.securelink.backend.TestRequests.status;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.securelink.backend.FaultyS3Proxy.Fault;
import io.securelink.backend.TestRequests.TestSecret;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The store stopped, dropping calls, answering 500 or too slowly, at each step of create and reveal, through a
 * real TCP proxy in front of S3Proxy: the client gets 503 store_unavailable within a bound, an acknowledged
 * secret is revealable once the store is back, and nothing is revealed twice.
 */
@ExtendWith(LocalS3.class)
class StoreFaultTest {

  /** Short bounds so a slow store costs seconds; production uses {@link S3Timeouts#DEFAULT}. */
  static final S3Timeouts TIMEOUTS =
      new S3Timeouts(Duration.ofMillis(500), Duration.ofMillis(1000), Duration.ofMillis(2500));
  /** A reveal makes at most five S3 calls on these paths (head, claim, read, delete, release), each bounded. */
  private static final Duration REQUEST_BOUND = TIMEOUTS.call().multipliedBy(5).plusSeconds(5);
  private static final int FOREVER = Integer.MAX_VALUE;

  private static final ExecutorService CALLER = Executors.newCachedThreadPool();

  @AfterAll
  static void stopCaller() {
    CALLER.shutdownNow();
  }

  /** The S3 calls of a reveal, in order, by HTTP method and key prefix. */
  static Stream<Arguments> revealSteps() {
    List<Arguments> cases = new ArrayList<>();
    String[][] steps = {
        {"before the claim (HeadObject)", "HEAD", "secrets/"},
        {"the claim (PutObject claims/)", "PUT", "claims/"},
        {"between claim and read (GetObject)", "GET", "secrets/"},
        {"between read and delete (DeleteObject)", "DELETE", "secrets/"},
    };
    for (String[] step : steps) {
      for (Fault fault : new Fault[] {Fault.DROP, Fault.ERROR_500, Fault.SLOW}) {
        cases.add(Arguments.of(step[0], step[1], step[2], fault));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "reveal, {0}: {3}")
  @MethodSource("revealSteps")
  void aRevealThatMeetsAFaultAnswers503AndTheSecretIsRevealableOnceLater(String step, String method, String prefix,
      Fault fault, LocalS3 s3) throws Exception {
    String bucket = s3.newBucket();
    try (FaultyS3Proxy proxy = new FaultyS3Proxy(s3.endpoint(), bucket);
        S3SecretStore store = s3.newStore(bucket, proxy.endpoint(), TIMEOUTS, System::nanoTime)) {
      Api api = new Api(store, new MutableClock(), Limits.defaults(), new AccessLog(line -> {}));
      TestSecret secret = TestSecret.random(500);
      assertEquals(201, create(api, secret, 600, false).getStatusCode());

      proxy.fail(method, prefix, fault, FOREVER);
      assertUnavailable(bounded(() -> reveal(api, secret, secret.proof())), step);
      proxy.heal();

      assertRevealedOnce(api, secret);
    }
  }

  @ParameterizedTest(name = "reveal, {0}: applied, first answer lost")
  @MethodSource("revealSteps")
  void anAnswerLostOnceIsRetriedByTheClientAndTheRevealSucceeds(String step, String method, String prefix,
      Fault unused, LocalS3 s3) throws Exception {
    String bucket = s3.newBucket();
    try (FaultyS3Proxy proxy = new FaultyS3Proxy(s3.endpoint(), bucket);
        S3SecretStore store = s3.newStore(bucket, proxy.endpoint(), TIMEOUTS, System::nanoTime)) {
      Api api = new Api(store, new MutableClock(), Limits.defaults(), new AccessLog(line -> {}));
      TestSecret secret = TestSecret.random(500);
      assertEquals(201, create(api, secret, 600, false).getStatusCode());
      proxy.fail(method, prefix, Fault.APPLY_THEN_500, 1);
      APIGatewayV2HTTPResponse revealed = bounded(() -> reveal(api, secret, secret.proof()));
      assertEquals(200, revealed.getStatusCode(), step + ": " + revealed.getBody());
      assertEquals(secret.ciphertext(), TestRequests.body(revealed).get("ciphertext").asString());
      assertEquals(404, reveal(api, secret, secret.proof()).getStatusCode(), "never twice");
    }
  }

  static Stream<Fault> createFaults() {
    return Stream.of(Fault.DROP, Fault.ERROR_500, Fault.SLOW, Fault.APPLY_THEN_500);
  }

  @ParameterizedTest(name = "create (PutObject secrets/): {0}")
  @MethodSource("createFaults")
  void aCreateThatMeetsAFaultAnswers503AndItsRetryIsAcknowledged(Fault fault, LocalS3 s3) throws Exception {
    String bucket = s3.newBucket();
    try (FaultyS3Proxy proxy = new FaultyS3Proxy(s3.endpoint(), bucket);
        S3SecretStore store = s3.newStore(bucket, proxy.endpoint(), TIMEOUTS, System::nanoTime)) {
      Api api = new Api(store, new MutableClock(), Limits.defaults(), new AccessLog(line -> {}));
      TestSecret secret = TestSecret.random(500);
      proxy.fail("PUT", "secrets/", fault, FOREVER);
      assertUnavailable(bounded(() -> create(api, secret, 600, false)), "create");
      proxy.heal();
      // Not acknowledged, so the client retries; stored or not by the failed attempt, the retry is a 201.
      assertEquals(201, create(api, secret, 600, false).getStatusCode());
      assertRevealedOnce(api, secret);
    }
  }

  @Test
  @DisplayName("create: applied, first answer lost: the SDK's retry is recognised as the same create")
  void aCreateWhoseFirstAnswerIsLostIsAcknowledged(LocalS3 s3) throws Exception {
    String bucket = s3.newBucket();
    try (FaultyS3Proxy proxy = new FaultyS3Proxy(s3.endpoint(), bucket);
        S3SecretStore store = s3.newStore(bucket, proxy.endpoint(), TIMEOUTS, System::nanoTime)) {
      Api api = new Api(store, new MutableClock(), Limits.defaults(), new AccessLog(line -> {}));
      TestSecret secret = TestSecret.random(500);
      proxy.fail("PUT", "secrets/", Fault.APPLY_THEN_500, 1);
      assertEquals(201, bounded(() -> create(api, secret, 600, false)).getStatusCode());
      assertRevealedOnce(api, secret);
    }
  }

  @Test
  @DisplayName("store stopped: every route answers 503; restarted: the acknowledged secret is revealable once")
  void aStoppedStoreAnswers503AndLosesNothing(LocalS3 s3) throws Exception {
    String bucket = s3.newBucket();
    try (FaultyS3Proxy proxy = new FaultyS3Proxy(s3.endpoint(), bucket);
        S3SecretStore store = s3.newStore(bucket, proxy.endpoint(), TIMEOUTS, System::nanoTime)) {
      Api api = new Api(store, new MutableClock(), Limits.defaults(), new AccessLog(line -> {}));
      TestSecret secret = TestSecret.random(500);
      assertEquals(201, create(api, secret, 600, false).getStatusCode());
      proxy.stop();
      assertUnavailable(bounded(() -> status(api, secret.id())), "status");
      assertUnavailable(bounded(() -> reveal(api, secret, secret.proof())), "reveal");
      assertUnavailable(bounded(() -> TestRequests.revoke(api, secret, secret.proof())), "revoke");
      assertUnavailable(bounded(() -> create(api, TestSecret.random(10), 600, false)), "create");
      proxy.restart();
      assertRevealedOnce(api, secret);
    }
  }

  @Test
  @DisplayName("the one loss: the final delete applied and every answer to it lost; 503, never revealed at all")
  void aDeleteAppliedWithEveryAnswerLostLosesTheSecretButNeverRevealsIt(LocalS3 s3) throws Exception {
    String bucket = s3.newBucket();
    try (FaultyS3Proxy proxy = new FaultyS3Proxy(s3.endpoint(), bucket);
        S3SecretStore store = s3.newStore(bucket, proxy.endpoint(), TIMEOUTS, System::nanoTime)) {
      Api api = new Api(store, new MutableClock(), Limits.defaults(), new AccessLog(line -> {}));
      TestSecret secret = TestSecret.random(500);
      assertEquals(201, create(api, secret, 600, false).getStatusCode());
      proxy.fail("DELETE", "secrets/", Fault.APPLY_THEN_500, FOREVER);
      assertUnavailable(bounded(() -> reveal(api, secret, secret.proof())), "reveal");
      proxy.heal();
      // Handing out bytes whose delete is unconfirmed could reveal twice; SecureLink answers 503 instead.
      assertEquals(404, reveal(api, secret, secret.proof()).getStatusCode());
    }
  }

  private static void assertRevealedOnce(Api api, TestSecret secret) {
    APIGatewayV2HTTPResponse revealed = reveal(api, secret, secret.proof());
    assertEquals(200, revealed.getStatusCode(), "revealable once the store is back: " + revealed.getBody());
    assertEquals(secret.ciphertext(), TestRequests.body(revealed).get("ciphertext").asString());
    assertEquals(404, reveal(api, secret, secret.proof()).getStatusCode(), "never twice");
  }

  private static void assertUnavailable(APIGatewayV2HTTPResponse response, String what) {
    assertEquals(503, response.getStatusCode(), what + ": " + response.getBody());
    assertEquals("store_unavailable", error(response), what);
  }

  /** Returns the answer of {@code request}, failing if it takes longer than the documented bound. */
  private static APIGatewayV2HTTPResponse bounded(Callable<APIGatewayV2HTTPResponse> request) throws Exception {
    return CALLER.submit(request).get(REQUEST_BOUND.toMillis(), TimeUnit.MILLISECONDS);
  }
}

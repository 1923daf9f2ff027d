package io.securelink.backend;

import static io.securelink.backend.TestRequests.create;
import static io.securelink.backend.TestRequests.reveal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.securelink.backend.FaultyS3Proxy.Fault;
import io.securelink.backend.TestRequests.TestSecret;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Crash safety of claims, on a clock the test moves (expiry and staleness) and a monotonic ticker it moves (the
 * holder's lease): a claim left by a reveal that died is recovered exactly once after the claim timeout, however
 * many callers race for it, and a claim younger than the timeout is never taken over.
 */
@ExtendWith(LocalS3.class)
class StaleClaimTest {

  private static final int RACERS = 32;
  private static final int SECRETS = 30;
  private static final Duration TIMEOUT = Claims.DEFAULT_TIMEOUT;
  private static final ExecutorService POOL = Executors.newFixedThreadPool(RACERS);

  @AfterAll
  static void stopPool() {
    POOL.shutdownNow();
  }

  @Test
  @DisplayName("a claim left by a crashed reveal: kept until the timeout, then recovered by exactly one of 32 racers")
  void aStaleClaimIsRecoveredExactlyOnceUnderRaces(LocalS3 s3) throws Exception {
    String bucket = s3.newBucket();
    MutableClock clock = new MutableClock();
    try (FaultyS3Proxy proxy = new FaultyS3Proxy(s3.endpoint(), bucket);
        S3SecretStore store = s3.newStore(bucket, proxy.endpoint(), S3Timeouts.DEFAULT, System::nanoTime);
        S3SecretStore direct = s3.newStore(bucket)) {
      Api crashing = new Api(store, clock, Limits.defaults(), new AccessLog(line -> {}));
      // The racers reach S3Proxy directly, with the production timeouts: the proxy only stages the crashes.
      Api api = new Api(direct, clock, Limits.defaults(), new AccessLog(line -> {}));
      List<TestSecret> secrets = new ArrayList<>();
      for (int i = 0; i < SECRETS; i++) {
        TestSecret secret = TestSecret.random(100 + i);
        assertEquals(201, create(api, secret, 3600, false).getStatusCode());
        secrets.add(secret);
      }
      // Reveals that claim, then lose the store for the read and for the release: as if they died there.
      proxy.fail("GET", "secrets/", Fault.ERROR_500, Integer.MAX_VALUE);
      proxy.fail("DELETE", "claims/", Fault.ERROR_500, Integer.MAX_VALUE);
      List<Future<APIGatewayV2HTTPResponse>> crashed = new ArrayList<>();
      secrets.forEach(secret -> crashed.add(POOL.submit(() -> reveal(crashing, secret, secret.proof()))));
      for (Future<APIGatewayV2HTTPResponse> answer : crashed) {
        assertEquals(503, answer.get(60, TimeUnit.SECONDS).getStatusCode());
      }
      proxy.heal();
      List<String> claimed = s3.keys(bucket);
      secrets.forEach(secret -> assertTrue(claimed.contains(Claims.claimKey(secret.id(), 1)), "left claimed"));

      long started = System.nanoTime();
      clock.advance(TIMEOUT.minusSeconds(1));
      Map<String, Integer> fresh = race(api, secrets);
      assertEquals(Map.of("404", SECRETS * RACERS), fresh, "a claim younger than the timeout is never taken over");

      clock.advance(Duration.ofSeconds(1));
      Map<String, Integer> stale = race(api, secrets);
      System.out.printf("stale claims: %d secrets each left claimed by a crashed reveal; %d racers each: "
          + "before the timeout %s, at the timeout %s (%d ms)%n", SECRETS, RACERS, fresh, stale,
          (System.nanoTime() - started) / 1_000_000);
      assertEquals(Map.of("200", SECRETS, "404", SECRETS * (RACERS - 1)), stale, "exactly one recovery per secret");
      List<String> keys = s3.keys(bucket);
      for (TestSecret secret : secrets) {
        assertTrue(keys.contains(Claims.claimKey(secret.id(), 2)), "recovered through generation 2");
        assertTrue(!keys.contains(Claims.claimKey(secret.id(), 3)), "and only one recovery happened");
      }
      assertTrue(keys.stream().noneMatch(key -> key.startsWith(S3SecretStore.PREFIX)), "every secret revealed");
    }
  }

  @Test
  @DisplayName("a live reveal's claim is never taken over: 31 racers get 404 while it is in flight, then it wins")
  void aClaimInFlightIsNeverTakenOver(LocalS3 s3) throws Exception {
    String bucket = s3.newBucket();
    MutableClock clock = new MutableClock();
    try (FaultyS3Proxy proxy = new FaultyS3Proxy(s3.endpoint(), bucket);
        S3SecretStore store = s3.newStore(bucket, proxy.endpoint(), StoreFaultTest.TIMEOUTS, System::nanoTime);
        S3SecretStore direct = s3.newStore(bucket)) {
      Api api = new Api(store, clock, Limits.defaults(), new AccessLog(line -> {}));
      Api racers = new Api(direct, clock, Limits.defaults(), new AccessLog(line -> {}));
      TestSecret secret = TestSecret.random(300);
      assertEquals(201, create(api, secret, 3600, false).getStatusCode());
      FaultyS3Proxy.Rule hold = proxy.fail("GET", "secrets/", Fault.HOLD, 1);
      Future<APIGatewayV2HTTPResponse> holder = POOL.submit(() -> reveal(api, secret, secret.proof()));
      hold.awaitHeld();

      clock.advance(TIMEOUT.minusSeconds(1));
      Map<String, Integer> others = race(racers, List.of(secret), RACERS - 1);
      assertEquals(Map.of("404", RACERS - 1), others);
      hold.letThrough();
      APIGatewayV2HTTPResponse won = holder.get(30, TimeUnit.SECONDS);
      assertEquals(200, won.getStatusCode(), won.getBody());
      assertEquals(secret.ciphertext(), TestRequests.body(won).get("ciphertext").asString());
      assertEquals(List.of(Claims.claimKey(secret.id(), 1)), s3.keys(bucket));
    }
  }

  @Test
  @DisplayName("a holder stalled past its lease does not commit: 503, and the claim is recovered after the timeout")
  void aHolderPastItsLeaseGivesUpAndTheClaimIsRecovered(LocalS3 s3) throws Exception {
    String bucket = s3.newBucket();
    MutableClock clock = new MutableClock();
    AtomicLong ticker = new AtomicLong();
    try (FaultyS3Proxy proxy = new FaultyS3Proxy(s3.endpoint(), bucket);
        S3SecretStore store = s3.newStore(bucket, proxy.endpoint(), StoreFaultTest.TIMEOUTS, ticker::get)) {
      Api api = new Api(store, clock, Limits.defaults(), new AccessLog(line -> {}));
      TestSecret secret = TestSecret.random(300);
      assertEquals(201, create(api, secret, 3600, false).getStatusCode());
      FaultyS3Proxy.Rule hold = proxy.fail("GET", "secrets/", Fault.HOLD, 1);
      Future<APIGatewayV2HTTPResponse> holder = POOL.submit(() -> reveal(api, secret, secret.proof()));
      hold.awaitHeld();
      // The holder's process stalls (a GC pause, a stopped VM) for longer than its lease.
      ticker.addAndGet(Claims.leaseOf(TIMEOUT).toNanos());
      hold.letThrough();
      APIGatewayV2HTTPResponse late = holder.get(30, TimeUnit.SECONDS);
      assertEquals(503, late.getStatusCode(), "a holder past its lease must not commit: " + late.getBody());
      assertTrue(s3.keys(bucket).contains(S3SecretStore.secretKey(secret.id())), "nothing was deleted");

      assertEquals(404, reveal(api, secret, secret.proof()).getStatusCode(), "its claim is still fresh");
      clock.advance(TIMEOUT);
      APIGatewayV2HTTPResponse recovered = reveal(api, secret, secret.proof());
      assertEquals(200, recovered.getStatusCode(), recovered.getBody());
      assertEquals(secret.ciphertext(), TestRequests.body(recovered).get("ciphertext").asString());
      assertEquals(404, reveal(api, secret, secret.proof()).getStatusCode(), "never twice");
    }
  }

  @Test
  @DisplayName("a claim whose creation answer was lost: 503, then recovered after the timeout")
  void aClaimWhoseAnswerWasLostIsRecoveredAfterTheTimeout(LocalS3 s3) throws Exception {
    String bucket = s3.newBucket();
    MutableClock clock = new MutableClock();
    try (FaultyS3Proxy proxy = new FaultyS3Proxy(s3.endpoint(), bucket);
        S3SecretStore store = s3.newStore(bucket, proxy.endpoint(), StoreFaultTest.TIMEOUTS, System::nanoTime)) {
      Api api = new Api(store, clock, Limits.defaults(), new AccessLog(line -> {}));
      TestSecret secret = TestSecret.random(300);
      assertEquals(201, create(api, secret, 3600, false).getStatusCode());
      proxy.fail("PUT", "claims/", Fault.APPLY_THEN_500, Integer.MAX_VALUE);
      assertEquals(503, reveal(api, secret, secret.proof()).getStatusCode());
      proxy.heal();
      assertEquals(404, reveal(api, secret, secret.proof()).getStatusCode(), "claimed, by a request now gone");
      clock.advance(TIMEOUT);
      assertEquals(200, reveal(api, secret, secret.proof()).getStatusCode());
      assertEquals(404, reveal(api, secret, secret.proof()).getStatusCode());
    }
  }

  private static Map<String, Integer> race(Api api, List<TestSecret> secrets) throws Exception {
    return race(api, secrets, RACERS);
  }

  /** Fires {@code racers} simultaneous reveals at each secret in turn; returns the count of each status. */
  private static Map<String, Integer> race(Api api, List<TestSecret> secrets, int racers) throws Exception {
    Map<String, Integer> statuses = new TreeMap<>();
    for (TestSecret secret : secrets) {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<APIGatewayV2HTTPResponse>> answers = new ArrayList<>();
      for (int i = 0; i < racers; i++) {
        answers.add(POOL.submit(() -> {
          start.await();
          return reveal(api, secret, secret.proof());
        }));
      }
      start.countDown();
      int winners = 0;
      for (Future<APIGatewayV2HTTPResponse> answer : answers) {
        APIGatewayV2HTTPResponse response = answer.get(60, TimeUnit.SECONDS);
        statuses.merge(Integer.toString(response.getStatusCode()), 1, Integer::sum);
        if (response.getStatusCode() == 200) {
          winners++;
          assertEquals(secret.ciphertext(), TestRequests.body(response).get("ciphertext").asString());
        }
      }
      assertTrue(winners <= 1, "two winners for one secret");
    }
    return statuses;
  }
}

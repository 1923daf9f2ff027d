package io.securelink.backend;

import static io.securelink.backend.TestRequests.create;
import static io.securelink.backend.TestRequests.error;
import static io.securelink.backend.TestRequests.reveal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.securelink.backend.TestRequests.TestSecret;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Case c01: many readers at once. Exactly one of 10 concurrent reveals of a secret wins, for every secret. */
@ExtendWith(LocalS3.class)
class RevealRaceTest {

  private static final int SECRETS = 150;
  private static final int READERS = 10;

  @Test
  @DisplayName("c01 many readers at once: of 10 parallel reveals exactly one gets 200, nine get 404, for 150 secrets")
  void exactlyOneOfTenConcurrentRevealsWins(LocalS3 s3) throws Exception {
    String bucket = s3.newBucket();
    try (S3SecretStore store = s3.newStore(bucket)) {
      Api api = new Api(store, new MutableClock(), Limits.defaults(), new AccessLog(line -> {}));
      List<TestSecret> secrets = new ArrayList<>();
      for (int i = 0; i < SECRETS; i++) {
        TestSecret secret = TestSecret.random(64 + i);
        assertEquals(201, create(api, secret, 600, false).getStatusCode());
        secrets.add(secret);
      }
      AtomicInteger winners = new AtomicInteger();
      AtomicInteger notFound = new AtomicInteger();
      ConcurrentHashMap<String, Integer> others = new ConcurrentHashMap<>();
      ConcurrentHashMap<String, Integer> winsPerSecret = new ConcurrentHashMap<>();
      ExecutorService pool = Executors.newFixedThreadPool(READERS);
      try {
        for (TestSecret secret : secrets) {
          CountDownLatch start = new CountDownLatch(1);
          List<Future<?>> readers = new ArrayList<>();
          for (int r = 0; r < READERS; r++) {
            readers.add(pool.submit(() -> {
              start.await();
              APIGatewayV2HTTPResponse response = reveal(api, secret, secret.proof());
              if (response.getStatusCode() == 200) {
                assertEquals(secret.ciphertext(), TestRequests.body(response).path("ciphertext").asString());
                winners.incrementAndGet();
                winsPerSecret.merge(secret.id(), 1, Integer::sum);
              } else if (response.getStatusCode() == 404 && error(response).equals("not_found")) {
                notFound.incrementAndGet();
              } else {
                others.merge(response.getStatusCode() + " " + response.getBody(), 1, Integer::sum);
              }
              return null;
            }));
          }
          start.countDown();
          for (Future<?> reader : readers) {
            reader.get(60, TimeUnit.SECONDS);
          }
        }
      } finally {
        pool.shutdownNow();
      }
      System.out.printf("reveal race: %d secrets x %d concurrent reveals = %d requests: %d won (200), "
              + "%d not_found (404), %d other%n",
          SECRETS, READERS, SECRETS * READERS, winners.get(), notFound.get(), others.size());
      assertTrue(others.isEmpty(), "unexpected answers: " + others);
      assertEquals(SECRETS, winsPerSecret.size(), "every secret has a winner");
      assertTrue(winsPerSecret.values().stream().allMatch(wins -> wins == 1), "never two winners");
      assertEquals(SECRETS * (READERS - 1), notFound.get());
      assertTrue(s3.keys(bucket).stream().noneMatch(key -> key.startsWith(S3SecretStore.PREFIX)),
          "every revealed secret is deleted");
    }
  }
}

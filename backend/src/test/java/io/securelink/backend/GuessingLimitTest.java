package io.securelink.backend;

import static io.securelink.backend.TestRequests.create;
import static io.securelink.backend.TestRequests.reveal;
import static io.securelink.backend.TestRequests.status;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.securelink.backend.TestRequests.TestSecret;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Case c07's limit under concurrency: parallel guesses are counted one each, and the tenth destroys the secret. */
@ExtendWith(LocalS3.class)
class GuessingLimitTest {

  private static final int GUESSERS = 16;

  @Test
  void concurrentWrongProofsAreEachCountedOnce(LocalS3 s3) throws Exception {
    String bucket = s3.newBucket();
    try (S3SecretStore store = s3.newStore(bucket)) {
      Api api = new Api(store, new MutableClock(), Limits.defaults(), new AccessLog(line -> {}));
      TestSecret secret = TestSecret.random(100);
      assertEquals(201, create(api, secret, 600, true).getStatusCode());

      CountDownLatch start = new CountDownLatch(1);
      List<Callable<String>> guesses = new ArrayList<>();
      for (int i = 0; i < GUESSERS; i++) {
        guesses.add(() -> {
          start.await();
          APIGatewayV2HTTPResponse response = reveal(api, secret, TestRequests.randomProof());
          return response.getStatusCode() + " " + TestRequests.body(response).path("attemptsLeft").asString("-");
        });
      }
      ExecutorService pool = Executors.newFixedThreadPool(GUESSERS);
      Map<String, Integer> answers = new TreeMap<>();
      try {
        List<Future<String>> futures = new ArrayList<>();
        guesses.forEach(guess -> futures.add(pool.submit(guess)));
        start.countDown();
        for (Future<String> answer : futures) {
          answers.merge(answer.get(60, TimeUnit.SECONDS), 1, Integer::sum);
        }
      } finally {
        pool.shutdownNow();
      }
      System.out.println("guessing limit: " + GUESSERS + " concurrent wrong proofs answered " + answers);
      for (int left = 1; left <= 9; left++) {
        assertEquals(1, answers.get("403 " + left), "exactly one guess sees attemptsLeft " + left + ": " + answers);
      }
      int destroyed = answers.getOrDefault("403 0", 0);
      int gone = answers.getOrDefault("404 -", 0);
      assertEquals(GUESSERS - 9, destroyed + gone, "the rest hit the limit or find it destroyed: " + answers);
      assertEquals(404, status(api, secret.id()).getStatusCode());
      assertEquals(404, reveal(api, secret, secret.proof()).getStatusCode(), "destroyed for good");
    }
  }
}

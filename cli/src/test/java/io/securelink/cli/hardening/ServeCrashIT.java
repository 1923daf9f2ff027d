package io.securelink.cli.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.securelink.cli.ApiClient;
import io.securelink.core.AuthenticationException;
import io.securelink.core.Base64Url;
import io.securelink.core.Json;
import io.securelink.core.Keys;
import io.securelink.core.Payload;
import io.securelink.core.SecretCodec;
import io.securelink.core.Sealed;
import io.securelink.core.jce.JceCrypto;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL while 16 clients create and reveal, then a restart on the same data directory: every secret
 * acknowledged with 201 and not revealed is revealable exactly once; a reveal cut off by the kill is recovered
 * once its claim is stale ({@code SECURELINK_CLAIM_TIMEOUT}, its minimum of 40 s here) and never counts twice;
 * and nothing revealed, ever, fails to authenticate, so no half-written object is served.
 */
class ServeCrashIT {

  private static final int CLIENTS = 16;
  private static final int CLAIM_TIMEOUT_SECONDS = 40;
  private static final int ACKNOWLEDGED_BEFORE_KILL = 150;
  private static final Duration MAX_LOAD = Duration.ofSeconds(90);
  private static final SecretCodec CODEC = new SecretCodec(new JceCrypto());

  /** Where a secret stood when the server died, as its client knows it. */
  enum State { CREATE_SENT, ACKNOWLEDGED, REVEAL_SENT, REVEALED }

  /** One secret a client made, with what the client last knew of it. */
  static final class Tracked {
    final Sealed sealed;
    final String text;
    volatile State state = State.CREATE_SENT;

    Tracked(Sealed sealed, String text) {
      this.sealed = sealed;
      this.text = text;
    }

    Keys keys() {
      return CODEC.keys(sealed.key(), null);
    }
  }

  @TempDir Path work;

  @Test
  void aKilledServerLosesNoAcknowledgedSecretAndRevealsNothingTwice() throws Exception {
    Path data = work.resolve("data");
    Map<String, String> environment = Map.of("SECURELINK_CLAIM_TIMEOUT", Integer.toString(CLAIM_TIMEOUT_SECONDS));
    Queue<Tracked> secrets = new ConcurrentLinkedQueue<>();
    Queue<String> problems = new ConcurrentLinkedQueue<>();
    long killedAt;
    try (RunningServe first = RunningServe.start(work, data, environment, List.of())) {
      AtomicBoolean stop = new AtomicBoolean();
      AtomicInteger acknowledged = new AtomicInteger();
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      List<Future<?>> running = new ArrayList<>();
      for (int client = 0; client < CLIENTS; client++) {
        int seed = client;
        running.add(clients.submit(() -> load(new ApiClient(first.url()), new Random(seed), stop, acknowledged,
            secrets, problems)));
      }
      long deadline = System.nanoTime() + MAX_LOAD.toNanos();
      while (acknowledged.get() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      first.process().kill();
      killedAt = System.nanoTime();
      stop.set(true);
      clients.shutdown();
      for (Future<?> client : running) {
        client.get(2, TimeUnit.MINUTES);
      }
    }
    assertTrue(problems.isEmpty(), "before the kill: " + problems);

    try (RunningServe second = RunningServe.start(work, data, environment, List.of())) {
      ApiClient api = new ApiClient(second.url());
      Map<State, Integer> before = new EnumMap<>(State.class);
      secrets.forEach(secret -> before.merge(secret.state, 1, Integer::sum));
      int storedInFlight = 0;
      int revealableAtOnce = 0;
      int consumedByTheKilledReveal = 0;
      List<Tracked> stuck = new ArrayList<>();
      for (Tracked secret : secrets) {
        Keys keys = secret.keys();
        switch (secret.state) {
          case ACKNOWLEDGED -> {
            assertEquals(200, api.status(keys.id()).statusCode(), "an acknowledged secret is gone");
            revealExactlyOnce(api, secret);
          }
          case REVEALED -> {
            assertEquals(404, api.status(keys.id()).statusCode(), "a revealed secret is back");
            assertEquals(404, api.reveal(keys).statusCode(), "a secret revealed twice");
          }
          case CREATE_SENT -> {
            if (api.status(keys.id()).statusCode() == 200) {
              storedInFlight++;
              revealExactlyOnce(api, secret);
            }
          }
          case REVEAL_SENT -> {
            HttpResponse<String> reveal = api.reveal(keys);
            if (reveal.statusCode() == 200) {
              revealableAtOnce++;
              assertAuthentic(secret, reveal);
              assertEquals(404, api.reveal(keys).statusCode(), "a secret revealed twice");
            } else if (api.status(keys.id()).statusCode() == 200) {
              stuck.add(secret);
            } else {
              consumedByTheKilledReveal++;
            }
          }
        }
      }
      long staleAt = killedAt + TimeUnit.SECONDS.toNanos(CLAIM_TIMEOUT_SECONDS + 2);
      while (!stuck.isEmpty() && System.nanoTime() < staleAt) {
        Thread.sleep(200);
      }
      for (Tracked secret : stuck) {
        revealExactlyOnce(api, secret);
      }
      int acknowledgedTotal = before.getOrDefault(State.ACKNOWLEDGED, 0) + before.getOrDefault(State.REVEAL_SENT, 0)
          + before.getOrDefault(State.REVEALED, 0);
      System.out.println("[crash] " + CLIENTS + " clients, SIGKILL after " + acknowledgedTotal
          + " acknowledged creates; at the kill: " + before);
      System.out.println("[crash] after restart: " + before.getOrDefault(State.ACKNOWLEDGED, 0)
          + " acknowledged-unrevealed all revealed exactly once; " + before.getOrDefault(State.REVEALED, 0)
          + " revealed before the kill all stayed gone; creates in flight: " + storedInFlight + " of "
          + before.getOrDefault(State.CREATE_SENT, 0) + " stored and revealed once; reveals in flight: "
          + revealableAtOnce + " revealable at once, " + stuck.size() + " behind a claim until it went stale, "
          + consumedByTheKilledReveal + " consumed by the killed reveal");
      assertTrue(before.getOrDefault(State.ACKNOWLEDGED, 0) > 0, "the load acknowledged nothing to check");
    }
  }

  /** One client: create, and now and then reveal one of its own acknowledged secrets, until the server dies. */
  private static Void load(ApiClient api, Random random, AtomicBoolean stop, AtomicInteger acknowledged,
      Queue<Tracked> secrets, Queue<String> problems) throws InterruptedException {
    List<Tracked> mine = new ArrayList<>();
    try {
      while (!stop.get()) {
        String text = "crash secret " + random.nextLong() + " " + "x".repeat(random.nextInt(2000));
        Tracked secret = new Tracked(CODEC.seal(Payload.text(text), null), text);
        secrets.add(secret);
        HttpResponse<String> created = api.create(secret.sealed, 3600);
        if (created.statusCode() != 201) {
          problems.add("create answered " + created.statusCode());
          return null;
        }
        secret.state = State.ACKNOWLEDGED;
        acknowledged.incrementAndGet();
        mine.add(secret);
        if (random.nextInt(3) == 0) {
          Tracked chosen = mine.remove(random.nextInt(mine.size()));
          chosen.state = State.REVEAL_SENT;
          HttpResponse<String> revealed = api.reveal(chosen.keys());
          if (revealed.statusCode() != 200) {
            problems.add("reveal answered " + revealed.statusCode());
            return null;
          }
          assertAuthentic(chosen, revealed);
          chosen.state = State.REVEALED;
        }
      }
    } catch (IOException serverDied) {
      // The kill: whatever was in flight stays in its *_SENT state.
    }
    return null;
  }

  private static void revealExactlyOnce(ApiClient api, Tracked secret) throws Exception {
    Keys keys = secret.keys();
    HttpResponse<String> revealed = api.reveal(keys);
    assertEquals(200, revealed.statusCode(), "a stored secret cannot be revealed: " + revealed.body());
    assertAuthentic(secret, revealed);
    assertEquals(404, api.reveal(keys).statusCode(), "a secret revealed twice");
    assertEquals(404, api.status(keys.id()).statusCode(), "a revealed secret is still there");
  }

  /** Decrypts what was revealed; a half-written object would fail to authenticate here. */
  private static void assertAuthentic(Tracked secret, HttpResponse<String> revealed) {
    byte[] envelope = Base64Url.decode((String) Json.parseObject(revealed.body()).get("ciphertext"));
    try {
      assertEquals(secret.text, CODEC.open(secret.keys(), envelope).text(), "revealed another secret's text");
    } catch (AuthenticationException e) {
      throw new AssertionError("a revealed ciphertext does not authenticate: a half-written object was served", e);
    }
  }
}

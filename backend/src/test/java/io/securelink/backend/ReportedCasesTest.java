package io.securelink.backend;

import static io.securelink.backend.TestRequests.create;
import static io.securelink.backend.TestRequests.error;
import static io.securelink.backend.TestRequests.event;
import static io.securelink.backend.TestRequests.reveal;
import static io.securelink.backend.TestRequests.revoke;
import static io.securelink.backend.TestRequests.status;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.securelink.backend.TestRequests.TestSecret;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reported cases of {@code shared/cases/} at the API layer (c01's parallel reveals are {@link RevealRaceTest};
 * c03 and c05 live mostly in the clients, and only their API part is here).
 */
@ExtendWith(LocalS3.class)
class ReportedCasesTest {

  private static final String MADE_UP_PROOF = Base64Url.encode("made-up-proof-by-someone-else!!!".getBytes(StandardCharsets.US_ASCII));

  @Test
  @DisplayName("c02 previews and scanners: status, HEAD, OPTIONS and GET of the reveal URL consume nothing")
  void c02PreviewsAndScannersConsumeNothing(LocalS3 s3) {
    try (S3SecretStore store = s3.newStore(s3.newBucket())) {
      Api api = api(store, new MutableClock());
      TestSecret secret = TestSecret.random(200);
      assertEquals(201, create(api, secret, 600, false).getStatusCode());
      for (int i = 0; i < 5; i++) {
        assertEquals(200, status(api, secret.id()).getStatusCode());
      }
      for (String method : List.of("HEAD", "OPTIONS", "GET")) {
        assertEquals(405, api.handle(event(method, "/api/secrets/" + secret.id() + "/reveal", null)).getStatusCode());
        assertEquals(method.equals("GET") ? 200 : 405,
            api.handle(event(method, "/api/secrets/" + secret.id(), null)).getStatusCode());
      }
      assertRevealsOnce(api, secret);
    }
  }

  @Test
  @DisplayName("c03 text that is not plain ASCII (API part): every byte value, CR LF and NUL come back byte for byte")
  void c03EveryByteValueRoundTrips(LocalS3 s3) {
    try (S3SecretStore store = s3.newStore(s3.newBucket())) {
      Api api = api(store, new MutableClock());
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      for (int b = 0; b < 256; b++) {
        bytes.write(b);
      }
      bytes.writeBytes("\r\n\u0000 Grüße 密码 🔐 שלום\r\n".getBytes(StandardCharsets.UTF_8));
      TestSecret random = TestSecret.random(1);
      TestSecret secret = random.withCiphertext(Base64Url.encode(bytes.toByteArray()));
      assertEquals(201, create(api, secret, 600, false).getStatusCode());
      APIGatewayV2HTTPResponse revealed = reveal(api, secret, secret.proof());
      assertArrayEquals(bytes.toByteArray(),
          Base64Url.decodeStrict(TestRequests.body(revealed).get("ciphertext").asString()));
    }
  }

  @Test
  @DisplayName("c04 expired, not collected: at 61 s of a 60 s expiry, status and reveal are 404 and the object is gone")
  void c04ExpiredSecretsAreNotFoundAndRemoved(LocalS3 s3) {
    String bucket = s3.newBucket();
    MutableClock clock = new MutableClock();
    try (S3SecretStore store = s3.newStore(bucket)) {
      Api api = api(store, clock);
      TestSecret secret = TestSecret.random(200);
      assertEquals(201, create(api, secret, 60, false).getStatusCode());
      assertEquals(List.of(S3SecretStore.secretKey(secret.id())), s3.keys(bucket));
      clock.advance(Duration.ofSeconds(61));
      APIGatewayV2HTTPResponse statusAnswer = status(api, secret.id());
      assertEquals(404, statusAnswer.getStatusCode());
      assertEquals("not_found", error(statusAnswer));
      APIGatewayV2HTTPResponse revealAnswer = reveal(api, secret, secret.proof());
      assertEquals(404, revealAnswer.getStatusCode());
      assertEquals("not_found", error(revealAnswer));
      assertEquals(List.of(), s3.keys(bucket), "the expired object is removed on the first read");
    }
  }

  @Test
  @DisplayName("c05 empty secret (API part): an empty ciphertext is refused with 400 and nothing is stored")
  void c05AnEmptyCiphertextIsRefused(LocalS3 s3) {
    String bucket = s3.newBucket();
    try (S3SecretStore store = s3.newStore(bucket)) {
      Api api = api(store, new MutableClock());
      TestSecret random = TestSecret.random(1);
      TestSecret empty = random.withCiphertext("");
      assertRefused(create(api, empty, 600, false), 400, "invalid_ciphertext",
          "The ciphertext must be non-empty, unpadded base64url.");
      assertEquals(List.of(), s3.keys(bucket));
    }
  }

  @Test
  @DisplayName("c06 oversized: a 5 MiB ciphertext posted directly answers 413 with a JSON error; nothing stored")
  void c06AFiveMebibyteCiphertextIsRefused(LocalS3 s3) {
    String bucket = s3.newBucket();
    try (S3SecretStore store = s3.newStore(bucket)) {
      Api api = api(store, new MutableClock());
      assertRefused(create(api, TestSecret.random(5 * 1024 * 1024), 600, false), 413, "payload_too_large",
          "The ciphertext is larger than 4195328 bytes.");
      assertEquals(List.of(), s3.keys(bucket));
    }
  }

  @Test
  @DisplayName("c07 wrong passphrase: three wrong tries leave the secret, the fourth (right) reveals it")
  void c07ThreeWrongTriesThenTheRightOne(LocalS3 s3) {
    try (S3SecretStore store = s3.newStore(s3.newBucket())) {
      Api api = api(store, new MutableClock());
      TestSecret secret = TestSecret.random(200);
      assertEquals(201, create(api, secret, 600, true).getStatusCode());
      for (int attemptsLeft = 9; attemptsLeft >= 7; attemptsLeft--) {
        APIGatewayV2HTTPResponse wrong = reveal(api, secret, TestRequests.randomProof());
        assertEquals(403, wrong.getStatusCode());
        assertEquals("wrong_proof", error(wrong));
        assertEquals(attemptsLeft, TestRequests.body(wrong).get("attemptsLeft").asInt());
        assertEquals(200, status(api, secret.id()).getStatusCode(), "still on the server");
      }
      assertRevealsOnce(api, secret);
    }
  }

  @Test
  @DisplayName("c07 guessing limit: the link holder's 10th wrong passphrase answers attemptsLeft 0 and destroys it")
  void c07TheTenthWrongTryDestroysTheSecret(LocalS3 s3) {
    String bucket = s3.newBucket();
    try (S3SecretStore store = s3.newStore(bucket)) {
      Api api = api(store, new MutableClock());
      TestSecret secret = TestSecret.random(200);
      assertEquals(201, create(api, secret, 600, true).getStatusCode());
      for (int attempt = 1; attempt <= Limits.MAX_WRONG_PROOFS; attempt++) {
        APIGatewayV2HTTPResponse wrong = reveal(api, secret, TestRequests.randomProof());
        assertEquals(403, wrong.getStatusCode());
        assertEquals(Limits.MAX_WRONG_PROOFS - attempt, TestRequests.body(wrong).get("attemptsLeft").asInt());
      }
      assertEquals(404, status(api, secret.id()).getStatusCode());
      assertEquals(404, reveal(api, secret, secret.proof()).getStatusCode(), "destroyed, even for the right proof");
      assertEquals(List.of(), s3.keys(bucket).stream().filter(key -> key.startsWith(S3SecretStore.PREFIX)).toList());
    }
  }

  @ParameterizedTest(name = "passphrase {0}")
  @ValueSource(booleans = {false, true})
  @DisplayName("c08 id without key: made-up proofs, with a made-up or no link proof, get 403 wrong_proof on reveal and"
      + " delete, never counted; the real reveal works")
  void c08KnowingTheIdIsNotEnough(boolean passphrase, LocalS3 s3) {
    try (S3SecretStore store = s3.newStore(s3.newBucket())) {
      Api api = api(store, new MutableClock());
      TestSecret secret = TestSecret.random(200);
      assertEquals(201, create(api, secret, 600, passphrase).getStatusCode());
      for (int i = 0; i < 2 * Limits.MAX_WRONG_PROOFS; i++) {
        String madeUpLinkProof = i % 2 == 0 ? null : TestRequests.randomProof();
        for (APIGatewayV2HTTPResponse refused : List.of(
            reveal(api, secret.id(), MADE_UP_PROOF, madeUpLinkProof),
            revoke(api, secret.id(), MADE_UP_PROOF, madeUpLinkProof),
            reveal(api, secret.id(), secret.proof(), madeUpLinkProof))) {
          assertEquals(403, refused.getStatusCode());
          assertEquals("wrong_proof", error(refused));
          assertFalse(TestRequests.body(refused).has("attemptsLeft"), "nothing counted: " + refused.getBody());
        }
      }
      if (passphrase) {
        APIGatewayV2HTTPResponse counted = reveal(api, secret, MADE_UP_PROOF);
        assertEquals(Limits.MAX_WRONG_PROOFS - 1, TestRequests.body(counted).get("attemptsLeft").asInt(),
            "the link holder's first wrong passphrase is the first one counted");
      }
      assertRevealsOnce(api, secret);
    }
  }

  @Test
  @DisplayName("c08 (create): a passphrase secret without linkProofHash is refused with 400; nothing is stored")
  void c08APassphraseSecretNeedsALinkProofHash(LocalS3 s3) {
    String bucket = s3.newBucket();
    try (S3SecretStore store = s3.newStore(bucket)) {
      Api api = api(store, new MutableClock());
      TestSecret secret = TestSecret.random(200);
      assertRefused(api.handle(event("POST", "/api/secrets", secret.createBodyWithoutLinkProofHash(600, true))),
          400, "invalid_request", "The field linkProofHash is required when passphrase is true.");
      assertEquals(List.of(), s3.keys(bucket));
    }
  }

  private static Api api(S3SecretStore store, MutableClock clock) {
    return new Api(store, clock, Limits.defaults(), new AccessLog(line -> {}));
  }

  /** Asserts a JSON error answer with exactly this status, code and message. */
  private static void assertRefused(APIGatewayV2HTTPResponse refused, int status, String code, String message) {
    assertEquals(status, refused.getStatusCode(), refused.getBody());
    assertEquals("application/json; charset=utf-8", refused.getHeaders().get("Content-Type"));
    assertEquals(code, error(refused));
    assertEquals(message, TestRequests.body(refused).get("message").asString());
  }

  private static void assertRevealsOnce(Api api, TestSecret secret) {
    APIGatewayV2HTTPResponse revealed = reveal(api, secret, secret.proof());
    assertEquals(200, revealed.getStatusCode(), revealed.getBody());
    assertEquals(secret.ciphertext(), TestRequests.body(revealed).get("ciphertext").asString());
    assertEquals(404, reveal(api, secret, secret.proof()).getStatusCode());
  }
}

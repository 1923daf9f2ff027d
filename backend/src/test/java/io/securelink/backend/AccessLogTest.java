package io.securelink.backend;

import static io.securelink.backend.TestRequests.create;
import static io.securelink.backend.TestRequests.reveal;
import static io.securelink.backend.TestRequests.revoke;
import static io.securelink.backend.TestRequests.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.securelink.backend.TestRequests.TestSecret;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** Log lines are one-line JSON records and never hold an id, a proof, a proof hash or a ciphertext. */
@ExtendWith(LocalS3.class)
class AccessLogTest {

  @Test
  void logLinesAreStructuredAndCarryNoSecretMaterial(LocalS3 s3) {
    List<String> lines = new CopyOnWriteArrayList<>();
    FaultInjector faults = new FaultInjector();
    try (S3SecretStore store = s3.newStore(s3.newBucket(), faults)) {
      Api api = new Api(store, new MutableClock(), Limits.defaults(), new AccessLog(lines::add));
      TestSecret secret = TestSecret.random(300);
      TestSecret other = TestSecret.random(300);
      create(api, secret, 600, true);
      create(api, other, 600, false);
      status(api, secret.id());
      reveal(api, secret, other.proof());
      faults.failOn("GetObject");
      assertEquals(503, reveal(api, secret, secret.proof()).getStatusCode());
      faults.failOn(null);
      assertEquals(200, reveal(api, secret, secret.proof()).getStatusCode());
      revoke(api, other, other.proof());
      api.handle(TestRequests.event("POST", "/api/secrets/\"}\n{\"injected\":1/reveal", secret.proofBody()));

      // Eight requests and one store failure.
      assertEquals(9, lines.size(), String.join("\n", lines));
      for (String line : lines) {
        assertFalse(line.contains("\n"), line);
        JsonNode record = TestRequests.JSON.readTree(line);
        assertTrue(record.has("event") && record.has("route") && record.has("requestId"), line);
        for (TestSecret s : List.of(secret, other)) {
          for (String material : List.of(s.id(), s.proof(), s.proofHash(), s.ciphertext().substring(0, 40))) {
            assertFalse(line.contains(material), "log line leaks secret material: " + line);
          }
        }
      }
      assertTrue(lines.stream().anyMatch(line -> line.contains("\"event\":\"store_unavailable\"")
          && line.contains("S3 GetObject failed: SdkClientException")));
      assertTrue(lines.stream().anyMatch(line -> line.contains("\"route\":\"POST /api/secrets/{id}/reveal\"")
          && line.contains("\"status\":200")));
    }
  }
}

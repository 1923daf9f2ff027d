package io.securelink.bench.throughput;

import io.securelink.bench.BenchSecret;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Creates and reveals over {@code securelink serve}'s REST API, as the page and the CLI call it. */
final class ApiClient implements SecretClient {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
  private final URI origin;

  ApiClient(URI origin) {
    this.origin = origin;
  }

  @Override
  public void create(BenchSecret secret) throws Exception {
    HttpResponse<String> response = post("api/secrets", secret.createBody(3600));
    require(response, 201, "create");
  }

  @Override
  public void reveal(BenchSecret secret) throws Exception {
    HttpResponse<String> response = post("api/secrets/" + secret.id() + "/reveal", secret.revealBody());
    require(response, 200, "reveal");
    if (!response.body().contains("\"" + secret.ciphertext() + "\"")) {
      throw new IllegalStateException("the reveal returned another ciphertext");
    }
  }

  private HttpResponse<String> post(String path, String json) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(origin.resolve(path))
        .timeout(TIMEOUT)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static void require(HttpResponse<String> response, int status, String what) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(what + " answered " + response.statusCode() + ", expected " + status
          + ": " + response.body());
    }
  }
}

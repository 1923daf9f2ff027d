package io.securelink.cli;

import io.securelink.core.Base64Url;
import io.securelink.core.Json;
import io.securelink.core.Keys;
import io.securelink.core.Sealed;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Calls the REST API of a running server over real HTTP, as the page does, with a bounded timeout. */
public final class ApiClient {

  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final URI origin;

  /** @param origin the server's address, e.g. {@code http://127.0.0.1:PORT/} */
  public ApiClient(URI origin) {
    this.origin = origin;
  }

  /** Uploads a sealed secret that expires {@code expiresInSeconds} from the server's now. */
  public HttpResponse<String> create(Sealed sealed, long expiresInSeconds) throws IOException, InterruptedException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", sealed.id());
    body.put("ciphertext", Base64Url.encode(sealed.envelope()));
    body.put("expiresIn", expiresInSeconds);
    body.put("passphrase", sealed.hasPassphrase());
    body.put("proofHash", sealed.proofHash());
    body.put("linkProofHash", sealed.linkProofHash());
    return send("POST", "api/secrets", Json.write(body));
  }

  public HttpResponse<String> status(String id) throws IOException, InterruptedException {
    return send("GET", "api/secrets/" + id, null);
  }

  /** Reveals with both proofs of {@code keys}, as the page and the CLI do. */
  public HttpResponse<String> reveal(Keys keys) throws IOException, InterruptedException {
    return send("POST", "api/secrets/" + keys.id() + "/reveal", proofs(keys));
  }

  /** Revokes with both proofs of {@code keys}, as the page and the CLI do. */
  public HttpResponse<String> revoke(Keys keys) throws IOException, InterruptedException {
    return send("DELETE", "api/secrets/" + keys.id(), proofs(keys));
  }

  private static String proofs(Keys keys) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("proof", keys.proof());
    body.put("linkProof", keys.linkProof());
    return Json.write(body);
  }

  /** Sends any request; {@code jsonBody} null for none. */
  public HttpResponse<String> send(String method, String path, String jsonBody)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(origin.resolve(path)).timeout(TIMEOUT);
    if (jsonBody == null) {
      request.method(method, BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json").method(method, BodyPublishers.ofString(jsonBody));
    }
    return http.send(request.build(), BodyHandlers.ofString());
  }
}

package io.securelink.cli.client;

import io.securelink.core.Base64Url;
import io.securelink.core.Json;
import io.securelink.core.Keys;
import io.securelink.core.Sealed;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The REST API of docs/openapi.yaml, as the CLI calls it: create, status, reveal, revoke. Only what the server
 * may see is ever sent (id, ciphertext, proof hashes, proofs); redirects are not followed, so a proof cannot be
 * bounced to another host.
 */
public final class SecretsApi {

  /** How long connecting may take: a server that does not accept by then is unreachable. */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** How long a whole request may take: enough for 5.6 MB of base64 on a slow uplink. */
  static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);
  /** The largest answer read: a revealed 4 MiB + 1 KiB envelope as base64url in JSON is about 5.6 MB. */
  static final long MAX_ANSWER_BYTES = 6L * 1024 * 1024;

  private final ServerAddress server;
  private final HttpClient http;

  public SecretsApi(ServerAddress server) {
    this.server = server;
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(CONNECT_TIMEOUT)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  public ServerAddress server() {
    return server;
  }

  /** Uploads a sealed secret and returns when the server says it expires. */
  public Instant create(Sealed sealed, long expiresInSeconds, TransferListener progress)
      throws ApiFailure, InterruptedException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", sealed.id());
    body.put("ciphertext", Base64Url.encode(sealed.envelope()));
    body.put("expiresIn", expiresInSeconds);
    body.put("passphrase", sealed.hasPassphrase());
    body.put("proofHash", sealed.proofHash());
    body.put("linkProofHash", sealed.linkProofHash());
    ApiAnswer answer = send("POST", "api/secrets", Json.write(body), progress, TransferListener.NONE);
    return instant(answer.requireStatus(201, "upload"), "expiresAt");
  }

  /** Returns the status of secret {@code id}; never consumes it. */
  public SecretStatus status(String id) throws ApiFailure, InterruptedException {
    ApiAnswer answer = send("GET", "api/secrets/" + id, null, TransferListener.NONE, TransferListener.NONE);
    Map<String, Object> status = answer.requireStatus(200, "status check");
    Object passphrase = status.get("passphrase");
    if (!(passphrase instanceof Boolean)) {
      throw answer.notSecureLink();
    }
    return new SecretStatus(instant(status, "expiresAt"), (Boolean) passphrase);
  }

  /** Reveals the secret of {@code keys} with its proofs: the server hands the envelope out once and deletes it. */
  public byte[] reveal(Keys keys, TransferListener progress) throws ApiFailure, InterruptedException {
    ApiAnswer answer = send("POST", "api/secrets/" + keys.id() + "/reveal", proofsBody(keys), TransferListener.NONE,
        progress);
    Object ciphertext = answer.requireStatus(200, "reveal").get("ciphertext");
    try {
      return Base64Url.decode((String) ciphertext);
    } catch (ClassCastException | IllegalArgumentException | NullPointerException e) {
      throw answer.notSecureLink();
    }
  }

  /** Deletes the secret of {@code keys} unread; only a holder of the link (and its passphrase) can. */
  public void revoke(Keys keys) throws ApiFailure, InterruptedException {
    send("DELETE", "api/secrets/" + keys.id(), proofsBody(keys), TransferListener.NONE, TransferListener.NONE)
        .requireEmpty(204, "revoke");
  }

  /** The link proof shows the server the caller holds the link, so only then does a wrong proof count. */
  private static String proofsBody(Keys keys) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("proof", keys.proof());
    body.put("linkProof", keys.linkProof());
    return Json.write(body);
  }

  private ApiAnswer send(String method, String path, String jsonOrNull, TransferListener upload,
      TransferListener download) throws ApiFailure, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(path))
        .timeout(REQUEST_TIMEOUT)
        .header("Accept", "application/json");
    if (jsonOrNull == null) {
      request.method(method, BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json; charset=utf-8")
          .method(method, CountingBodies.publisher(jsonOrNull.getBytes(StandardCharsets.UTF_8),
              upload));
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), CountingBodies.limitedText(MAX_ANSWER_BYTES, download));
      return new ApiAnswer(server, response);
    } catch (HttpTimeoutException e) {
      throw new ApiFailure(ApiFailure.Kind.UNAVAILABLE, server + " did not answer in time: check the connection"
          + " and try again", ApiFailure.UNKNOWN_ATTEMPTS, e);
    } catch (ConnectException e) {
      throw new ApiFailure(ApiFailure.Kind.UNAVAILABLE, "cannot reach the server at " + server
          + ": check that it runs and the address is right (--server or SECURELINK_SERVER)",
          ApiFailure.UNKNOWN_ATTEMPTS, e);
    } catch (IOException e) {
      throw new ApiFailure(ApiFailure.Kind.UNAVAILABLE, "the connection to " + server + " failed ("
          + e.getClass().getSimpleName() + "): try again", ApiFailure.UNKNOWN_ATTEMPTS, e);
    }
  }

  private Instant instant(Map<String, Object> body, String field) throws ApiFailure {
    try {
      return Instant.parse((String) body.get(field));
    } catch (ClassCastException | NullPointerException | DateTimeParseException e) {
      throw new ApiFailure(ApiFailure.Kind.UNAVAILABLE, server + " does not answer like a SecureLink server"
          + " (no valid " + field + "): check the address");
    }
  }
}

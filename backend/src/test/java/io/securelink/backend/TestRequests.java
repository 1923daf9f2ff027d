package io.securelink.backend;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.security.SecureRandom;
import java.util.Map;
import java.util.function.IntFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Builds API Gateway events and random secrets for the tests that are not fixture-driven. */
final class TestRequests {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final SecureRandom RANDOM = new SecureRandom();

  private TestRequests() {}

  /** A secret as a client would make it: random id, proof, link proof and ciphertext. */
  record TestSecret(String id, String proof, String proofHash, String linkProof, String linkProofHash,
      String ciphertext) {

    static TestSecret random(int ciphertextBytes) {
      return of(TestRequests::bytes, ciphertextBytes);
    }

    /** Returns a secret whose every value comes from {@code bytes}, so a seeded source reproduces it. */
    static TestSecret of(IntFunction<byte[]> bytes, int ciphertextBytes) {
      byte[] proof = bytes.apply(32);
      byte[] linkProof = bytes.apply(32);
      return new TestSecret(Base64Url.encode(bytes.apply(16)), Base64Url.encode(proof),
          Base64Url.encode(Proofs.sha256(proof)), Base64Url.encode(linkProof),
          Base64Url.encode(Proofs.sha256(linkProof)), Base64Url.encode(bytes.apply(ciphertextBytes)));
    }

    /** Returns this secret with another ciphertext. */
    TestSecret withCiphertext(String otherCiphertext) {
      return new TestSecret(id, proof, proofHash, linkProof, linkProofHash, otherCiphertext);
    }

    /** Returns the create body a client sends: with linkProofHash, whether or not there is a passphrase. */
    String createBody(long expiresIn, boolean passphrase) {
      return createBodyWithoutLinkProofHash(expiresIn, passphrase).replaceFirst("}$",
          ",\"linkProofHash\":\"" + linkProofHash + "\"}");
    }

    /** Returns the create body of a client from before the link proof. */
    String createBodyWithoutLinkProofHash(long expiresIn, boolean passphrase) {
      return "{\"id\":\"" + id + "\",\"ciphertext\":\"" + ciphertext + "\",\"expiresIn\":" + expiresIn
          + ",\"passphrase\":" + passphrase + ",\"proofHash\":\"" + proofHash + "\"}";
    }

    /** Returns the reveal or revoke body of the link holder. */
    String proofBody() {
      return proofBody(proof, linkProof);
    }

    /** Returns a reveal or revoke body; {@code linkProof} null leaves the field out. */
    static String proofBody(String proof, String linkProof) {
      return linkProof == null
          ? "{\"proof\":\"" + proof + "\"}"
          : "{\"proof\":\"" + proof + "\",\"linkProof\":\"" + linkProof + "\"}";
    }
  }

  static byte[] bytes(int count) {
    byte[] bytes = new byte[count];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  static String randomProof() {
    return Base64Url.encode(bytes(32));
  }

  static APIGatewayV2HTTPEvent event(String method, String path, String body) {
    return event(method, path, Map.of("content-type", "application/json"), body, false);
  }

  static APIGatewayV2HTTPEvent event(String method, String path, Map<String, String> headers, String body,
      boolean base64Encoded) {
    return event(method, path, headers, body, base64Encoded, "test-" + RANDOM.nextInt(1_000_000));
  }

  static APIGatewayV2HTTPEvent event(String method, String path, Map<String, String> headers, String body,
      boolean base64Encoded, String requestId) {
    return APIGatewayV2HTTPEvent.builder()
        .withVersion("2.0")
        .withRouteKey("$default")
        .withRawPath(path)
        .withHeaders(headers)
        .withBody(body)
        .withIsBase64Encoded(base64Encoded)
        .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
            .withRequestId(requestId)
            .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(path).build())
            .build())
        .build();
  }

  static APIGatewayV2HTTPResponse create(Api api, TestSecret secret, long expiresIn, boolean passphrase) {
    return api.handle(event("POST", "/api/secrets", secret.createBody(expiresIn, passphrase)));
  }

  /** Reveals {@code secret} as a holder of its link would, presenting {@code proof}. */
  static APIGatewayV2HTTPResponse reveal(Api api, TestSecret secret, String proof) {
    return reveal(api, secret.id(), proof, secret.linkProof());
  }

  /** Reveals {@code id} presenting {@code proof} and {@code linkProof} (null: none). */
  static APIGatewayV2HTTPResponse reveal(Api api, String id, String proof, String linkProof) {
    return api.handle(event("POST", "/api/secrets/" + id + "/reveal", TestSecret.proofBody(proof, linkProof)));
  }

  /** Revokes {@code secret} as a holder of its link would, presenting {@code proof}. */
  static APIGatewayV2HTTPResponse revoke(Api api, TestSecret secret, String proof) {
    return revoke(api, secret.id(), proof, secret.linkProof());
  }

  /** Revokes {@code id} presenting {@code proof} and {@code linkProof} (null: none). */
  static APIGatewayV2HTTPResponse revoke(Api api, String id, String proof, String linkProof) {
    return api.handle(event("DELETE", "/api/secrets/" + id, TestSecret.proofBody(proof, linkProof)));
  }

  static APIGatewayV2HTTPResponse status(Api api, String id) {
    return api.handle(event("GET", "/api/secrets/" + id, null));
  }

  static JsonNode body(APIGatewayV2HTTPResponse response) {
    return JSON.readTree(response.getBody());
  }

  /** Returns the error code of an error response. */
  static String error(APIGatewayV2HTTPResponse response) {
    return body(response).path("error").asString();
  }
}

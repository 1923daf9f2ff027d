package io.securelink.backend;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Map;
import org.crac.Context;
import org.crac.Resource;

/**
 * The CRaC hook that warms the handler before a SnapStart snapshot: routing, JSON parsing and writing, the S3
 * client (signing, HTTP, error mapping) and the response path all run once, so the first real request after a
 * restore finds them loaded and compiled.
 *
 * <p>Each warm-up request is harmless by construction: a status lookup (read-only, never consumes) of a fixed
 * id, and two requests refused by validation before the store is asked. None writes, none draws randomness, and a
 * store that cannot be reached just answers 503 here.
 */
final class Priming implements Resource {

  /** Sixteen zero bytes: a fixed id, so priming never generates one. */
  static final String PRIMING_ID = "AAAAAAAAAAAAAAAAAAAAAA";

  private static final Map<String, String> JSON = Map.of("content-type", "application/json");

  private final Api api;

  Priming(Api api) {
    this.api = api;
  }

  @Override
  public void beforeCheckpoint(Context<? extends Resource> context) {
    api.handle(event("GET", "/api/secrets/" + PRIMING_ID, null));
    api.handle(event("POST", "/api/secrets/" + PRIMING_ID + "/reveal", "{\"proof\":\"not a proof\"}"));
    api.handle(event("POST", "/api/secrets", "{\"id\":\"" + PRIMING_ID + "\",\"passphrase\":false}"));
  }

  @Override
  public void afterRestore(Context<? extends Resource> context) {
    // Nothing to renew: credentials and randomness are fetched per request.
  }

  private static APIGatewayV2HTTPEvent event(String method, String path, String body) {
    return APIGatewayV2HTTPEvent.builder()
        .withRawPath(path)
        .withHeaders(JSON)
        .withBody(body)
        .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
            .withRequestId("priming")
            .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(path).build())
            .build())
        .build();
  }
}

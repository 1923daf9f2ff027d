package io.securelink.bench.coldstart;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Map;

/** API Gateway (payload 2.0) events for the cold-start runs, shaped as API Gateway sends them. */
final class LambdaEvents {

  private LambdaEvents() {}

  /** Returns a JSON {@code POST} of {@code body} to {@code path}. */
  static APIGatewayV2HTTPEvent post(String path, String body, String requestId) {
    return APIGatewayV2HTTPEvent.builder()
        .withVersion("2.0")
        .withRouteKey("$default")
        .withRawPath(path)
        .withHeaders(Map.of("content-type", "application/json"))
        .withBody(body)
        .withIsBase64Encoded(false)
        .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
            .withRequestId(requestId)
            .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("POST").withPath(path).build())
            .build())
        .build();
  }
}

package io.securelink.backend;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.Map;
import org.crac.Core;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;

/**
 * The AWS Lambda entry point ({@code io.securelink.backend.LambdaHandler::handleRequest}): an {@link Api} over
 * an {@link S3SecretStore}, configured by {@link BackendConfig#fromEnvironment}.
 *
 * <p>Built once per execution environment. With SnapStart, the CRaC hook {@link Priming} warms every request
 * path before the snapshot; nothing random is drawn until a request needs it, since every restored copy of the
 * snapshot shares the memory of this init.
 */
public final class LambdaHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

  private final Api api;
  /** Held strongly: CRaC's global context keeps only weak references to its resources. */
  private final Priming priming;

  /** Returns the handler Lambda builds, from the process environment and the function's role. */
  public LambdaHandler() {
    this(System.getenv(), lambdaCredentials());
  }

  /** Returns a handler configured by {@code env}, signing S3 calls with {@code credentials}. */
  LambdaHandler(Map<String, String> env, AwsCredentialsProvider credentials) {
    BackendConfig config = BackendConfig.fromEnvironment(env);
    S3SecretStore store = S3SecretStore.create(
        config.endpoint(), config.region(), config.bucket(), config.pathStyle(), credentials, config.claimTimeout());
    this.api = new Api(store, Clock.systemUTC(), config.limits());
    this.priming = new Priming(api);
    Core.getGlobalContext().register(priming);
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    return api.handle(event);
  }

  Priming priming() {
    return priming;
  }

  /**
   * Returns the role's credentials: from the environment on a plain start, from the container endpoint on a
   * SnapStart restore (where Lambda provides them that way), resolved when first used, not at init.
   */
  private static AwsCredentialsProvider lambdaCredentials() {
    return AwsCredentialsProviderChain.builder()
        .credentialsProviders(EnvironmentVariableCredentialsProvider.create(), ContainerCredentialsProvider.create())
        .reuseLastProviderEnabled(false)
        .build();
  }
}

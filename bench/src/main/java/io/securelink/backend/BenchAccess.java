package io.securelink.backend;

import java.net.URI;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The two package-private parts of the backend that the benchmarks' baselines need, reached from the backend's
 * own package; this class ships in the bench module only, never in the Lambda.
 *
 * <p>The S3 client comes from {@link S3Clients#build}, so a baseline cannot drift from the store's settings. The
 * CRaC hook is run directly because no JVM here can take a checkpoint: on a plain JVM {@code org.crac} drops every
 * registration, and calling the global context's {@code beforeCheckpoint} throws.
 */
public final class BenchAccess {

  private BenchAccess() {}

  /** Returns an S3 client built exactly as {@link S3SecretStore#create} builds its own. */
  public static S3Client s3Client(URI endpoint, String region, boolean pathStyle,
      AwsCredentialsProvider credentials) {
    return S3Clients.build(endpoint, region, pathStyle, credentials, List.of());
  }

  /** Runs {@code handler}'s CRaC priming hook in this process, as a checkpoint would before the snapshot. */
  public static void runPriming(LambdaHandler handler) {
    handler.priming().beforeCheckpoint(null);
  }
}

package io.securelink.backend;

import java.net.URI;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;

/** Builds the S3 client: the JDK's HTTP client for a short cold start, and settings any S3 server accepts. */
final class S3Clients {

  private S3Clients() {}

  /** Returns a client with the {@link S3Timeouts#DEFAULT} bounds. */
  static S3Client build(URI endpoint, String region, boolean pathStyle, AwsCredentialsProvider credentials,
      List<ExecutionInterceptor> interceptors) {
    return build(endpoint, region, pathStyle, credentials, interceptors, S3Timeouts.DEFAULT);
  }

  /**
   * Returns a client for {@code endpoint} (null: AWS's endpoint for {@code region}). Against a plain-http
   * endpoint, chunked (aws-chunked) uploads and trailing checksums are off: S3Proxy otherwise intermittently fails
   * PUTs with "Error writing request body". Every call, retries included, ends within {@code timeouts.call()}.
   */
  static S3Client build(URI endpoint, String region, boolean pathStyle, AwsCredentialsProvider credentials,
      List<ExecutionInterceptor> interceptors, S3Timeouts timeouts) {
    boolean plainHttp = endpoint != null && "http".equalsIgnoreCase(endpoint.getScheme());
    S3ClientBuilder builder = S3Client.builder()
        .region(Region.of(region))
        .credentialsProvider(credentials)
        .httpClientBuilder(UrlConnectionHttpClient.builder()
            .connectionTimeout(timeouts.connect())
            .socketTimeout(timeouts.attempt()))
        .serviceConfiguration(S3Configuration.builder()
            .pathStyleAccessEnabled(pathStyle)
            .chunkedEncodingEnabled(!plainHttp)
            .build())
        .overrideConfiguration(config -> {
          config.apiCallAttemptTimeout(timeouts.attempt()).apiCallTimeout(timeouts.call());
          interceptors.forEach(config::addExecutionInterceptor);
        });
    if (plainHttp) {
      builder.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED);
    }
    if (endpoint != null) {
      builder.endpointOverride(endpoint);
    }
    return builder.build();
  }
}

package io.securelink.backend;

import java.net.URI;
import java.time.Duration;
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

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
  /** Long enough to upload a maximal ciphertext on a slow link, short enough to answer 503 within Lambda's timeout. */
  private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(10);

  private S3Clients() {}

  /**
   * Returns a client for {@code endpoint} (null: AWS's endpoint for {@code region}). Against a plain-http
   * endpoint, chunked (aws-chunked) uploads and trailing checksums are off: S3Proxy otherwise intermittently fails
   * PUTs with "Error writing request body".
   */
  static S3Client build(URI endpoint, String region, boolean pathStyle, AwsCredentialsProvider credentials,
      List<ExecutionInterceptor> interceptors) {
    boolean plainHttp = endpoint != null && "http".equalsIgnoreCase(endpoint.getScheme());
    S3ClientBuilder builder = S3Client.builder()
        .region(Region.of(region))
        .credentialsProvider(credentials)
        .httpClientBuilder(UrlConnectionHttpClient.builder()
            .connectionTimeout(CONNECT_TIMEOUT)
            .socketTimeout(SOCKET_TIMEOUT))
        .serviceConfiguration(S3Configuration.builder()
            .pathStyleAccessEnabled(pathStyle)
            .chunkedEncodingEnabled(!plainHttp)
            .build())
        .overrideConfiguration(config -> interceptors.forEach(config::addExecutionInterceptor));
    if (plainHttp) {
      builder.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED);
    }
    if (endpoint != null) {
      builder.endpointOverride(endpoint);
    }
    return builder.build();
  }
}

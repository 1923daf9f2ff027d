package io.securelink.backend;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.gaul.s3proxy.junit.S3ProxyJunitCore;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A real S3-compatible server for the tests: one in-process S3Proxy (transient blob store, 127.0.0.1, random
 * port) per test JVM, started on first use and stopped when JUnit closes its root store; each test gets a bucket of
 * its own. Tests take it as a parameter: {@code @ExtendWith(LocalS3.class)}.
 */
final class LocalS3 implements ParameterResolver, AutoCloseable {

  static final String REGION = "us-east-1";
  private static final String ACCESS_KEY = "local-access";
  private static final String SECRET_KEY = "local-secret-key";
  private static final AtomicInteger BUCKETS = new AtomicInteger();

  private final S3ProxyJunitCore proxy;
  private final S3Client admin;

  /** JUnit's constructor for the extension; the server itself lives in the root store. */
  public LocalS3() {
    this.proxy = null;
    this.admin = null;
  }

  private LocalS3(S3ProxyJunitCore proxy) {
    this.proxy = proxy;
    this.admin = S3Clients.build(proxy.getUri(), REGION, true, credentials(), List.of());
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == LocalS3.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(LocalS3.class, key -> start(), LocalS3.class);
  }

  private static LocalS3 start() {
    S3ProxyJunitCore proxy = new S3ProxyJunitCore.Builder()
        .withCredentials(ACCESS_KEY, SECRET_KEY)
        .withBlobStoreProvider("transient")
        .build();
    try {
      proxy.beforeEach();
    } catch (Exception e) {
      throw new IllegalStateException("S3Proxy did not start on 127.0.0.1", e);
    }
    return new LocalS3(proxy);
  }

  @Override
  public void close() {
    if (admin != null) {
      admin.close();
      proxy.afterEach();
    }
  }

  URI endpoint() {
    return proxy.getUri();
  }

  static AwsCredentialsProvider credentials() {
    return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));
  }

  /** Returns the name of a new, empty bucket. */
  String newBucket() {
    String bucket = "test-" + BUCKETS.incrementAndGet();
    admin.createBucket(request -> request.bucket(bucket));
    return bucket;
  }

  /** Returns a store in a new bucket. */
  S3SecretStore newStore(String bucket, ExecutionInterceptor... interceptors) {
    return new S3SecretStore(S3Clients.build(endpoint(), REGION, true, credentials(), List.of(interceptors)), bucket);
  }

  /**
   * Returns a store in {@code bucket} reached through {@code endpoint} (a fault-injecting proxy, say), with
   * {@code timeouts}, the default claim timeout, and claim leases measured on {@code nanoTime}.
   */
  S3SecretStore newStore(String bucket, URI endpoint, S3Timeouts timeouts, LongSupplier nanoTime) {
    S3Client client = S3Clients.build(endpoint, REGION, true, credentials(), List.of(), timeouts);
    return new S3SecretStore(client, bucket, Claims.DEFAULT_TIMEOUT, nanoTime);
  }

  /** Returns the keys in {@code bucket}, sorted. */
  List<String> keys(String bucket) {
    List<String> keys = new ArrayList<>();
    for (S3Object object : admin.listObjectsV2Paginator(ListObjectsV2Request.builder().bucket(bucket).build())
        .contents()) {
      keys.add(object.key());
    }
    keys.sort(null);
    return keys;
  }
}

package io.securelink.bench.store;

import io.securelink.bench.TempDirectory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The store the benchmarks run against: S3Proxy over files in a fresh temporary directory, set up as
 * {@code securelink serve}'s embedded store is (filesystem blob store, signed requests, loopback only), with
 * credentials made for this run. Closing it stops the server and deletes the directory.
 */
public final class LocalS3 implements AutoCloseable {

  public static final String BUCKET = "securelink";
  public static final String REGION = "us-east-1";

  private final S3Proxy proxy;
  private final BlobStore blobStore;
  private final Path directory;
  private final String accessKey;
  private final String secretKey;

  private LocalS3(S3Proxy proxy, BlobStore blobStore, Path directory, String accessKey, String secretKey) {
    this.proxy = proxy;
    this.blobStore = blobStore;
    this.directory = directory;
    this.accessKey = accessKey;
    this.secretKey = secretKey;
  }

  /** Returns a started store with an empty bucket {@value #BUCKET}. */
  public static LocalS3 start() throws Exception {
    String accessKey = "bench-" + randomHex(8);
    String secretKey = randomHex(24);
    Path directory = Files.createTempDirectory("securelink-bench-s3-");
    BlobStore blobStore = new FilesystemNio2BlobStore(directory.toString());
    blobStore.createContainer(BUCKET);
    S3Proxy proxy = S3Proxy.builder()
        .blobStore(blobStore)
        .endpoint(URI.create("http://127.0.0.1:0"))
        .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
        .build();
    proxy.start();
    return new LocalS3(proxy, blobStore, directory, accessKey, secretKey);
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + proxy.getPort());
  }

  public String accessKey() {
    return accessKey;
  }

  public String secretKey() {
    return secretKey;
  }

  public StaticCredentialsProvider credentials() {
    return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey));
  }

  private static String randomHex(int bytes) {
    byte[] random = new byte[bytes];
    new SecureRandom().nextBytes(random);
    return HexFormat.of().formatHex(random);
  }

  @Override
  public void close() throws Exception {
    try {
      proxy.stop();
    } finally {
      blobStore.close();
      TempDirectory.delete(directory);
    }
  }
}

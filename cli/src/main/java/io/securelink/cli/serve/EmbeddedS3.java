package io.securelink.cli.serve;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * A real S3-compatible server (S3Proxy) inside this process, keeping objects as files under a data directory so
 * secrets survive a restart.
 *
 * <p>It listens on a free loopback port and accepts only requests signed with credentials made fresh for this
 * run, so no other local process can read or delete ciphertext through it.
 */
final class EmbeddedS3 implements AutoCloseable {

  /** The bucket inside the data directory; S3Proxy's filesystem store keeps it as a folder of that name. */
  static final String BUCKET = "securelink";

  private static final String REGION = "us-east-1";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final S3Proxy proxy;
  private final BlobStore blobStore;
  private final S3Location location;

  private EmbeddedS3(S3Proxy proxy, BlobStore blobStore, S3Location location) {
    this.proxy = proxy;
    this.blobStore = blobStore;
    this.location = location;
  }

  /** Starts S3Proxy over {@code dataDirectory}, which must exist and be writable, and creates the bucket. */
  static EmbeddedS3 start(Path dataDirectory) throws ServerStartException {
    String accessKey = "securelink-" + HexFormat.of().formatHex(randomBytes(8));
    String secretKey = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
    BlobStore blobStore = new FilesystemNio2BlobStore(dataDirectory.toString());
    S3Proxy proxy =
        S3Proxy.builder()
            .blobStore(blobStore)
            .endpoint(URI.create("http://127.0.0.1:0"))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
            .build();
    try {
      if (!blobStore.containerExists(BUCKET)) {
        blobStore.createContainer(BUCKET);
      }
      proxy.start();
    } catch (Exception e) {
      stopQuietly(proxy);
      blobStore.close();
      throw new ServerStartException(
          "cannot start the embedded S3 store in " + dataDirectory + ": " + e.getMessage(), e);
    }
    URI endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
    S3Location location = new S3Location(endpoint, REGION, BUCKET, true,
        StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)));
    return new EmbeddedS3(proxy, blobStore, location);
  }

  /** Returns how to reach the store, with this run's credentials. */
  S3Location location() {
    return location;
  }

  @Override
  public void close() {
    stopQuietly(proxy);
    blobStore.close();
  }

  private static void stopQuietly(S3Proxy proxy) {
    try {
      proxy.stop();
    } catch (Exception e) {
      // Stopping is best effort at shutdown; the files are already durable.
    }
  }

  private static byte[] randomBytes(int count) {
    byte[] bytes = new byte[count];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}

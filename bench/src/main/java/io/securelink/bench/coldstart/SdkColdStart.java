package io.securelink.bench.coldstart;

import io.securelink.backend.BenchAccess;
import io.securelink.bench.BenchSecret;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The baseline program of P3, in a fresh JVM on the same classpath and environment as {@link HandlerColdStart}:
 * builds the same S3 client and does one put, get and delete of the same ciphertext, nothing else.
 */
public final class SdkColdStart {

  private SdkColdStart() {}

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    BenchSecret secret = BenchSecret.parse(Files.readAllLines(Path.of(args[0])));
    String bucket = System.getenv("SECURELINK_BUCKET");
    // Never closed, like the handler's: both processes end without tidying up.
    S3Client s3 = BenchAccess.s3Client(URI.create(System.getenv("SECURELINK_S3_ENDPOINT")),
        System.getenv("SECURELINK_S3_REGION"), true, EnvironmentVariableCredentialsProvider.create());
    long built = System.nanoTime();
    String key = "secrets/" + secret.id();
    byte[] ciphertext = secret.ciphertextBytes();
    s3.putObject(put -> put.bucket(bucket).key(key), RequestBody.fromBytes(ciphertext));
    byte[] read = s3.getObjectAsBytes(get -> get.bucket(bucket).key(key)).asByteArrayUnsafe();
    if (!Arrays.equals(ciphertext, read)) {
      throw new IllegalStateException("the object read back differs from the one put");
    }
    s3.deleteObject(delete -> delete.bucket(bucket).key(key));
    long done = System.nanoTime();
    System.out.println(new ChildTiming(built - start, 0, done - built).line());
  }
}

package io.securelink.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.securelink.cli.ApiClient;
import io.securelink.core.Base64Url;
import io.securelink.core.Json;
import io.securelink.core.Keys;
import io.securelink.core.Payload;
import io.securelink.core.SecretCodec;
import io.securelink.core.Sealed;
import io.securelink.core.jce.JceCrypto;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsCredentials;

/**
 * {@code --s3-endpoint URL --bucket NAME}: the server signs with the default AWS credentials chain and keeps
 * secrets in that bucket, not in a data directory. The external store here is a separate S3Proxy.
 */
class ExternalStoreTest {

  @TempDir Path external;
  @TempDir Path unusedDataDirectory;

  @Test
  void keepsSecretsInTheExternalBucketWithTheDefaultCredentials() throws Exception {
    try (EmbeddedS3 store = EmbeddedS3.start(external)) {
      AwsCredentials credentials = store.location().credentials().resolveCredentials();
      // The first link of the default chain: Java system properties.
      System.setProperty("aws.accessKeyId", credentials.accessKeyId());
      System.setProperty("aws.secretAccessKey", credentials.secretAccessKey());
      try (LocalServer server = LocalServer.builder().port(0).dataDirectory(unusedDataDirectory)
          .externalS3(store.location().endpoint(), EmbeddedS3.BUCKET, "us-east-1", true)
          .log(new PrintStream(OutputStream.nullOutputStream())).start()) {
        assertEquals("s3://securelink at " + store.location().endpoint(), server.storage());

        SecretCodec codec = new SecretCodec(new JceCrypto());
        Sealed sealed = codec.seal(Payload.text("kept elsewhere"), null);
        ApiClient api = new ApiClient(server.url());
        assertEquals(201, api.create(sealed, 3600).statusCode());
        assertTrue(Files.isDirectory(external.resolve(EmbeddedS3.BUCKET)));
        try (var entries = Files.list(unusedDataDirectory)) {
          assertEquals(0, entries.count(), "the data directory is not used with an external store");
        }
        Keys keys = codec.keys(sealed.key(), null);
        HttpResponse<String> revealed = api.reveal(keys);
        assertEquals(200, revealed.statusCode(), revealed.body());
        byte[] envelope = Base64Url.decode((String) Json.parseObject(revealed.body()).get("ciphertext"));
        assertEquals("kept elsewhere", codec.open(keys, envelope).text());
      }
    } finally {
      System.clearProperty("aws.accessKeyId");
      System.clearProperty("aws.secretAccessKey");
    }
  }

  @Test
  void anExternalStoreWithWrongCredentialsAnswers503AndKeepsNothing() throws Exception {
    try (EmbeddedS3 store = EmbeddedS3.start(external)) {
      System.setProperty("aws.accessKeyId", "not-the-key");
      System.setProperty("aws.secretAccessKey", "not-the-secret");
      try (LocalServer server = LocalServer.builder().port(0)
          .externalS3(store.location().endpoint(), EmbeddedS3.BUCKET, "us-east-1", true)
          .log(new PrintStream(OutputStream.nullOutputStream())).start()) {
        Sealed sealed = new SecretCodec(new JceCrypto()).seal(Payload.text("refused"), null);
        HttpResponse<String> created = new ApiClient(server.url()).create(sealed, 3600);
        assertEquals(503, created.statusCode(), created.body());
        assertEquals("store_unavailable", Json.parseObject(created.body()).get("error"));
      }
    } finally {
      System.clearProperty("aws.accessKeyId");
      System.clearProperty("aws.secretAccessKey");
    }
  }
}

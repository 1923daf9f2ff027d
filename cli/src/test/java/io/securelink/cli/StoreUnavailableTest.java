package io.securelink.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.securelink.cli.serve.LocalServer;
import io.securelink.core.Payload;
import io.securelink.core.SecretCodec;
import io.securelink.core.jce.JceCrypto;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * A real {@code securelink serve} whose S3 store does not answer: the API says 503 {@code store_unavailable},
 * and the CLI reports it with the "unavailable" exit code and says to retry, for every command.
 */
class StoreUnavailableTest {

  @Test
  void aStoreThatDoesNotAnswerIsUnavailableNotGone() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    System.setProperty("aws.accessKeyId", "unused-key");
    System.setProperty("aws.secretAccessKey", "unused-secret");
    try (LocalServer server = LocalServer.builder().port(0)
        .externalS3(URI.create("http://127.0.0.1:" + closedPort), "securelink", "us-east-1", true)
        .log(new PrintStream(OutputStream.nullOutputStream())).start()) {
      String origin = server.url().toString();
      CliRun sent = CliRun.run("send", "--server", origin, "not stored");
      assertEquals(ExitCodes.UNAVAILABLE, sent.exitCode(), sent.toString());
      assertTrue(sent.err().contains("store is unavailable") && sent.err().contains("try again later"), sent.err());

      String neverStored = new SecretCodec(new JceCrypto()).seal(Payload.text("never uploaded"), null).link(origin);
      for (String command : new String[] {"status", "open", "revoke"}) {
        CliRun run = CliRun.run(command, neverStored);
        assertEquals(ExitCodes.UNAVAILABLE, run.exitCode(), command + ": " + run);
        assertTrue(run.err().contains("store is unavailable"), run.err());
      }
    } finally {
      System.clearProperty("aws.accessKeyId");
      System.clearProperty("aws.secretAccessKey");
    }
  }
}

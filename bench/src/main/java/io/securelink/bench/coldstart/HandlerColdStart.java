package io.securelink.bench.coldstart;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.securelink.backend.BenchAccess;
import io.securelink.backend.LambdaHandler;
import io.securelink.bench.BenchSecret;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The measured program of P3, run in a fresh JVM on the Lambda zip's classes: builds the handler from the
 * environment as Lambda does, then serves one create and one reveal of the secret in the file {@code args[0]}.
 * With {@code --prime} it first runs the CRaC priming hook in-process, standing in for a SnapStart snapshot.
 * Exits non-zero unless both requests answer as the contract says.
 */
public final class HandlerColdStart {

  private HandlerColdStart() {}

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    BenchSecret secret = BenchSecret.parse(Files.readAllLines(Path.of(args[0])));
    boolean prime = args.length > 1 && "--prime".equals(args[1]);
    LambdaHandler handler = new LambdaHandler();
    long built = System.nanoTime();
    if (prime) {
      BenchAccess.runPriming(handler);
    }
    long primed = System.nanoTime();
    APIGatewayV2HTTPResponse created =
        handler.handleRequest(LambdaEvents.post("/api/secrets", secret.createBody(3600), "bench-create"), null);
    require(created, 201, "create");
    APIGatewayV2HTTPResponse revealed = handler.handleRequest(
        LambdaEvents.post("/api/secrets/" + secret.id() + "/reveal", secret.revealBody(), "bench-reveal"), null);
    require(revealed, 200, "reveal");
    if (!revealed.getBody().contains("\"" + secret.ciphertext() + "\"")) {
      throw new IllegalStateException("the reveal did not return the ciphertext that was created");
    }
    long done = System.nanoTime();
    System.out.println(new ChildTiming(built - start, primed - built, done - primed).line());
  }

  private static void require(APIGatewayV2HTTPResponse response, int status, String what) {
    if (response.getStatusCode() != status) {
      throw new IllegalStateException(what + " answered " + response.getStatusCode() + ", expected " + status
          + ": " + response.getBody());
    }
  }
}

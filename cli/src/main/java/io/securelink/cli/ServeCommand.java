package io.securelink.cli;

import io.securelink.cli.serve.LocalServer;
import io.securelink.cli.serve.ServerStartException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code securelink serve}: the page and the API on one origin until Ctrl-C.
 *
 * <p>Prints one line to stdout, the address to open and where secrets are kept; log records go to stderr. On
 * SIGINT or SIGTERM it stops the HTTP server and the store before the JVM exits.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the web page and the API on one origin, on this machine.",
      "Secrets are kept by an embedded S3-compatible server under --data, or by an external one"
          + " (--s3-endpoint, --bucket) signed with the default AWS credentials chain."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:stopped by SIGINT or SIGTERM (the JVM reports 130 or 143)",
      "2:bad usage",
      "3:could not start: port in use, data directory unusable, no web page in this build"
    })
final class ServeCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (0: any free port). Default: ${DEFAULT-VALUE}.")
  private int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on. Default: ${DEFAULT-VALUE}.")
  private String bind;

  @Option(names = "--data", paramLabel = "DIR", description = "Directory of the embedded store. Default: ./securelink-data.")
  private Path data;

  @Option(names = "--s3-endpoint", paramLabel = "URL", defaultValue = "${env:SECURELINK_S3_ENDPOINT}",
      description = "External S3-compatible server (needs --bucket). Default: $SECURELINK_S3_ENDPOINT.")
  private URI s3Endpoint;

  @Option(names = "--bucket", paramLabel = "NAME", defaultValue = "${env:SECURELINK_BUCKET}",
      description = "Bucket of an external store (AWS S3 itself when --s3-endpoint is not given). Default: $SECURELINK_BUCKET.")
  private String bucket;

  @Option(names = "--s3-region", paramLabel = "REGION", defaultValue = "${env:SECURELINK_S3_REGION:-${env:AWS_REGION:-us-east-1}}",
      description = "Region of the external store. Default: $SECURELINK_S3_REGION, else $AWS_REGION, else us-east-1.")
  private String region;

  @Option(names = "--s3-path-style", paramLabel = "true|false", arity = "1",
      defaultValue = "${env:SECURELINK_S3_PATH_STYLE:-true}",
      description = "Path-style bucket URLs for the external store. Default: $SECURELINK_S3_PATH_STYLE, else true.")
  private boolean pathStyle;

  @Override
  public Integer call() throws CommandFailedException, InterruptedException {
    LocalServer.Builder builder = LocalServer.builder().bind(bind).port(validPort());
    if (bucket != null && !bucket.isBlank()) {
      if (data != null) {
        throw new ParameterException(spec.commandLine(), "--data applies only to the embedded store, not with --bucket");
      }
      builder.externalS3(validEndpoint(), bucket.trim(), region, pathStyle);
    } else if (s3Endpoint != null) {
      throw new ParameterException(spec.commandLine(), "--s3-endpoint needs --bucket");
    } else {
      builder.dataDirectory(data == null ? Path.of("securelink-data") : data);
    }
    LocalServer server;
    try {
      server = builder.start();
    } catch (ServerStartException e) {
      throw new CommandFailedException(ExitCodes.COULD_NOT_START, e.getMessage(), e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      stopped.countDown();
    }, "securelink-shutdown"));
    PrintWriter out = spec.commandLine().getOut();
    out.println("SecureLink is running: open " + server.url() + " (secrets kept in " + server.storage()
        + "; Ctrl-C stops it)");
    out.flush();
    warnIfReachableFromOtherMachines();
    stopped.await();
    return ExitCodes.OK;
  }

  private int validPort() {
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
    }
    return port;
  }

  private URI validEndpoint() {
    if (s3Endpoint == null) {
      return null;
    }
    String scheme = s3Endpoint.getScheme();
    if (s3Endpoint.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
      throw new ParameterException(spec.commandLine(), "--s3-endpoint must be an http(s) URL with a host");
    }
    return s3Endpoint;
  }

  /** Browsers offer WebCrypto only on https or loopback, so a LAN address over plain http cannot work. */
  private void warnIfReachableFromOtherMachines() {
    try {
      if (!InetAddress.getByName(bind).isLoopbackAddress()) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("securelink: warning: listening on " + bind + " over plain http; browsers on other machines"
            + " refuse WebCrypto there, so put an https proxy in front");
        err.flush();
      }
    } catch (UnknownHostException e) {
      // The server is already listening on it, so the name resolved a moment ago.
    }
  }
}

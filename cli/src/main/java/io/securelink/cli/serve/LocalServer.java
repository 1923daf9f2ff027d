package io.securelink.cli.serve;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpServer;
import io.securelink.backend.AccessLog;
import io.securelink.backend.Api;
import io.securelink.backend.Limits;
import io.securelink.backend.S3SecretStore;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/**
 * The page and the API on one origin, over the JDK's HTTP server: what {@code securelink serve} runs, and what
 * tests start on a random port.
 *
 * <p>{@code /api/...} goes to the same {@link Api} the Lambda runs; everything else is the static site from
 * {@code site/} on the classpath. Secrets are kept by an {@link EmbeddedS3} under the data directory, or by an
 * external S3-compatible store. Start with {@link #builder()}; {@link #stop()} (or close) releases everything.
 */
public final class LocalServer implements AutoCloseable {

  /** The classpath folder that holds the page; the build copies webclient's site there. */
  static final String SITE_ROOT = "site/";

  private static final int STOP_GRACE_SECONDS = 1;

  private final HttpServer http;
  private final ExecutorService workers;
  private final S3SecretStore store;
  private final EmbeddedS3 embedded;
  private final String storage;
  private final ServerLog log;
  private final AtomicBoolean stopped = new AtomicBoolean();

  private LocalServer(HttpServer http, ExecutorService workers, S3SecretStore store, EmbeddedS3 embedded,
      String storage, ServerLog log) {
    this.http = http;
    this.workers = workers;
    this.store = store;
    this.embedded = embedded;
    this.storage = storage;
    this.log = log;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Returns the port the server listens on (the chosen one when started with port 0). */
  public int port() {
    return http.getAddress().getPort();
  }

  /** Returns the address to open in a browser: loopback when the server listens on every interface. */
  public URI url() {
    InetAddress address = http.getAddress().getAddress();
    String host = address.isAnyLocalAddress() ? "127.0.0.1" : address.getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + port() + "/");
  }

  /** Returns where secrets are kept, for people: a data directory or a bucket; never a credential. */
  public String storage() {
    return storage;
  }

  /** Stops accepting requests, lets running ones finish briefly, then stops the store. Idempotent. */
  public void stop() {
    if (!stopped.compareAndSet(false, true)) {
      return;
    }
    http.stop(STOP_GRACE_SECONDS);
    workers.shutdownNow();
    store.close();
    if (embedded != null) {
      embedded.close();
    }
    log.write("stopped", "url", url().toString());
  }

  @Override
  public void close() {
    stop();
  }

  /** The settings of a server; every one has the default {@code securelink serve} uses. */
  public static final class Builder {

    private String bindAddress = "127.0.0.1";
    private int port = 8080;
    private Path dataDirectory = Path.of("securelink-data");
    private URI s3Endpoint;
    private String bucket;
    private String region = "us-east-1";
    private boolean pathStyle = true;
    private Clock clock = Clock.systemUTC();
    private PrintStream logStream = System.err;
    private Map<String, String> environment = System.getenv();

    private Builder() {}

    /** Sets the address to listen on; default 127.0.0.1. */
    public Builder bind(String address) {
      this.bindAddress = Objects.requireNonNull(address, "address");
      return this;
    }

    /** Sets the port; 0 picks a free one. Default 8080. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
      }
      this.port = port;
      return this;
    }

    /** Sets the directory of the embedded store; default ./securelink-data. */
    public Builder dataDirectory(Path directory) {
      this.dataDirectory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * Uses an external S3-compatible store instead of the embedded one, signing with the default AWS
     * credentials chain.
     *
     * @param endpoint the server's URL, or null for AWS S3 itself
     */
    public Builder externalS3(URI endpoint, String bucket, String region, boolean pathStyle) {
      this.s3Endpoint = endpoint;
      this.bucket = Objects.requireNonNull(bucket, "bucket");
      this.region = Objects.requireNonNull(region, "region");
      this.pathStyle = pathStyle;
      return this;
    }

    /** Sets the clock the API judges expiry by; tests advance it. Default: the system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Sets where the one-line JSON log records go; default standard error. */
    public Builder log(PrintStream stream) {
      this.logStream = Objects.requireNonNull(stream, "stream");
      return this;
    }

    /**
     * Sets the environment the store's settings are read from ({@code SECURELINK_CLAIM_TIMEOUT}); default the
     * process's own.
     */
    public Builder environment(Map<String, String> environment) {
      this.environment = Map.copyOf(environment);
      return this;
    }

    /** Starts the server; when anything fails, whatever had started is stopped again. */
    public LocalServer start() throws ServerStartException {
      ServerLog log = ServerLog.to(logStream);
      StaticSiteHandler site = new StaticSiteHandler(LocalServer.class.getClassLoader(), SITE_ROOT, log);
      if (!site.hasIndex()) {
        throw new ServerStartException(
            "this build has no web page (" + SITE_ROOT + SitePath.INDEX + "): build webclient before cli", null);
      }
      HttpServer http = listen();
      EmbeddedS3 embedded = null;
      S3SecretStore store = null;
      ExecutorService workers = ConnectionLimits.newWorkerPool();
      try {
        S3Location location;
        String storage;
        if (bucket == null) {
          Path directory = DataDirectory.prepare(dataDirectory);
          embedded = EmbeddedS3.start(directory);
          location = embedded.location();
          storage = directory.toString();
        } else {
          location = new S3Location(s3Endpoint, region, bucket, pathStyle,
              DefaultCredentialsProvider.builder().build());
          storage = location.describe();
        }
        store = openStore(location);
        Api api = new Api(store, clock, Limits.defaults(), new AccessLog(log.sink()));
        HttpContext apiContext = http.createContext("/api/", new ApiHandler(api::handle, clock, log));
        HttpContext siteContext = http.createContext("/", site);
        if (http.getAddress().getAddress().isLoopbackAddress()) {
          apiContext.getFilters().add(new LoopbackHostFilter());
          siteContext.getFilters().add(new LoopbackHostFilter());
        }
        http.setExecutor(workers);
        http.start();
        LocalServer server = new LocalServer(http, workers, store, embedded, storage, log);
        log.write("started", "url", server.url().toString());
        return server;
      } catch (ServerStartException | RuntimeException e) {
        http.stop(0);
        workers.shutdownNow();
        if (store != null) {
          store.close();
        }
        if (embedded != null) {
          embedded.close();
        }
        throw e;
      }
    }

    /** Returns the store at {@code location}, with the claim timeout of the environment if it sets one. */
    private S3SecretStore openStore(S3Location location) throws ServerStartException {
      Optional<Duration> claimTimeout = ClaimTimeout.from(environment);
      if (claimTimeout.isEmpty()) {
        return S3SecretStore.create(location.endpoint(), location.region(), location.bucket(),
            location.pathStyle(), location.credentials());
      }
      try {
        return S3SecretStore.create(location.endpoint(), location.region(), location.bucket(),
            location.pathStyle(), location.credentials(), claimTimeout.get());
      } catch (IllegalArgumentException tooShort) {
        throw new ServerStartException(ClaimTimeout.VARIABLE + ": " + tooShort.getMessage(), tooShort);
      }
    }

    private HttpServer listen() throws ServerStartException {
      ConnectionLimits.applyToJdkHttpServer();
      InetAddress address;
      try {
        address = InetAddress.getByName(bindAddress);
      } catch (UnknownHostException e) {
        throw new ServerStartException("cannot listen on " + bindAddress + ": unknown address", e);
      }
      try {
        return HttpServer.create(new InetSocketAddress(address, port), ConnectionLimits.ACCEPT_BACKLOG);
      } catch (BindException e) {
        throw new ServerStartException("cannot listen on " + address.getHostAddress() + " port " + port + ": "
            + e.getMessage() + "; stop the other server or choose another --port", e);
      } catch (IOException e) {
        throw new ServerStartException(
            "cannot listen on " + address.getHostAddress() + " port " + port + ": " + e.getMessage(), e);
      }
    }
  }
}

package io.securelink.cli.e2e;

import io.securelink.cli.serve.LocalServer;
import io.securelink.cli.serve.ServerStartException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code securelink serve} embedded on a random loopback port, with a clock the test moves, a fresh data folder
 * and its log kept in memory, so tests can read what the server recorded.
 */
public final class PageServer implements AutoCloseable {

  private final LocalServer server;
  private final MovableClock clock;
  private final Path data;
  private final ByteArrayOutputStream log;

  private PageServer(LocalServer server, MovableClock clock, Path data, ByteArrayOutputStream log) {
    this.server = server;
    this.clock = clock;
    this.data = data;
    this.log = log;
  }

  /** Starts a server with a new data folder. */
  public static PageServer start() {
    return start(newDataFolder(), new MovableClock(Instant.parse("2030-01-01T00:00:00Z")));
  }

  /** Starts a server on an existing data folder and clock, as after a restart. */
  public static PageServer start(Path data, MovableClock clock) {
    return start("127.0.0.1", data, clock);
  }

  /**
   * Starts a server listening on {@code bindAddress}, e.g. {@code 0.0.0.0} as {@code serve --bind 0.0.0.0} does
   * on a LAN, where it answers any host name. Tests still connect only through loopback.
   */
  public static PageServer startBoundTo(String bindAddress) {
    return start(bindAddress, newDataFolder(), new MovableClock(Instant.parse("2030-01-01T00:00:00Z")));
  }

  private static PageServer start(String bindAddress, Path data, MovableClock clock) {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try {
      LocalServer server = LocalServer.builder()
          .bind(bindAddress)
          .port(0)
          .dataDirectory(data)
          .clock(clock)
          .log(new PrintStream(log, true, StandardCharsets.UTF_8))
          .start();
      return new PageServer(server, clock, data, log);
    } catch (ServerStartException e) {
      throw new IllegalStateException("securelink serve did not start: " + e.getMessage(), e);
    }
  }

  /** Returns the page's address, e.g. {@code http://127.0.0.1:41234} (no trailing slash). */
  public String origin() {
    String url = server.url().toString();
    return url.substring(0, url.length() - 1);
  }

  public MovableClock clock() {
    return clock;
  }

  public Path dataFolder() {
    return data;
  }

  /** Returns the server's log so far, one record a line. */
  public List<String> logLines() {
    synchronized (log) {
      return List.of(log.toString(StandardCharsets.UTF_8).split("\n"));
    }
  }

  /** Returns how many log records name {@code route} with {@code status}, e.g. a reveal answered 200. */
  public long count(String route, int status) {
    return logLines().stream()
        .filter(line -> line.contains("\"route\":\"" + route + "\"") && line.contains("\"status\":" + status))
        .count();
  }

  /** Stops the server and keeps its data folder. */
  public void stop() {
    server.stop();
  }

  /** Stops the server and deletes its data folder. */
  @Override
  public void close() {
    server.stop();
    if (!Files.exists(data)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(data)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + data, e);
    }
  }

  private static Path newDataFolder() {
    try {
      return Files.createTempDirectory("securelink-e2e-data");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a data folder", e);
    }
  }
}

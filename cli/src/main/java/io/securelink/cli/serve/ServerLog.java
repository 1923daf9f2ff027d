package io.securelink.cli.serve;

import io.securelink.core.Json;
import java.io.PrintStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The server's own one-line JSON log records, in the shape of the API's {@code AccessLog} lines they are mixed
 * with. Callers pass only what is safe to keep: event names, statuses, served file names, addresses of the
 * server itself; never a request path, query, header or body, which may hold a mangled link.
 */
final class ServerLog {

  private final Consumer<String> sink;

  ServerLog(Consumer<String> sink) {
    this.sink = sink;
  }

  /** Returns a log that writes to {@code out}, one record a line. */
  static ServerLog to(PrintStream out) {
    return new ServerLog(line -> {
      synchronized (out) {
        out.println(line);
        out.flush();
      }
    });
  }

  /** Returns the sink, for the API's access log to write into the same stream. */
  Consumer<String> sink() {
    return sink;
  }

  /** Writes one record: the time, {@code event}, then the given names and values in their order. */
  void write(String event, Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values must come in pairs");
    }
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("time", Instant.now().toString());
    record.put("event", event);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      record.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    sink.accept(Json.write(record));
  }
}

package io.securelink.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body with a ceiling, before anything parses it: no more than the ceiling (plus one byte, to
 * tell) is ever held in memory, and a body past {@link LargeBodies#SMALL_BODY_BYTES} only with a turn from
 * {@link LargeBodies}.
 *
 * <p>An oversized body that is still of plausible size is read to its end and thrown away, so the client gets
 * to read the 413 instead of a connection reset; past {@link #DISCARD_LIMIT_BYTES} the answer is sent at once
 * and the connection closed. The server's request timeout bounds how long either may take.
 */
final class RequestBody {

  /** The most bytes read and dropped to let an oversized request end cleanly. */
  static final long DISCARD_LIMIT_BYTES = 16L * 1024 * 1024;

  /** What reading a body came to. */
  sealed interface Outcome {}

  /** The whole body; {@code holdsTurn} means the caller must give its {@link LargeBodies} turn back. */
  record Read(byte[] bytes, boolean holdsTurn) implements Outcome {}

  /** Longer than the ceiling; nothing of it is kept. */
  record TooLarge() implements Outcome {}

  /** A large body found no free turn in time; nothing of it is kept. */
  record Busy() implements Outcome {}

  /** The body's framing is broken (a bad chunk) or the connection failed while reading it. */
  record Unreadable() implements Outcome {}

  private RequestBody() {}

  /** Returns the body of {@code exchange}, if it is at most {@code maxBytes} long and memory allows. */
  static Outcome read(HttpExchange exchange, int maxBytes, LargeBodies largeBodies) throws InterruptedException {
    // Not closed here: closing drains what is left, which must wait until the answer has been sent.
    InputStream in = exchange.getRequestBody();
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    try {
      if (declared != null && declaredLength(declared) > maxBytes) {
        if (declaredLength(declared) <= DISCARD_LIMIT_BYTES) {
          discard(in, DISCARD_LIMIT_BYTES);
        }
        return new TooLarge();
      }
      byte[] start = in.readNBytes(Math.min(maxBytes, LargeBodies.SMALL_BODY_BYTES) + 1);
      if (start.length <= LargeBodies.SMALL_BODY_BYTES && start.length <= maxBytes) {
        return new Read(start, false);
      }
      if (start.length > maxBytes) {
        discard(in, DISCARD_LIMIT_BYTES - start.length);
        return new TooLarge();
      }
      if (!largeBodies.enter()) {
        return new Busy();
      }
      return readRest(in, start, maxBytes, largeBodies);
    } catch (IOException e) {
      return new Unreadable();
    }
  }

  /** Reads the rest of a large body while holding a turn; the turn is kept only if the body is returned. */
  private static Outcome readRest(InputStream in, byte[] start, int maxBytes, LargeBodies largeBodies)
      throws IOException {
    byte[] rest;
    try {
      rest = in.readNBytes(maxBytes + 1 - start.length);
    } catch (IOException e) {
      largeBodies.leave();
      throw e;
    }
    if (start.length + rest.length > maxBytes) {
      largeBodies.leave();
      discard(in, DISCARD_LIMIT_BYTES - maxBytes - 1);
      return new TooLarge();
    }
    byte[] body = new byte[start.length + rest.length];
    System.arraycopy(start, 0, body, 0, start.length);
    System.arraycopy(rest, 0, body, start.length, rest.length);
    return new Read(body, true);
  }

  private static void discard(InputStream in, long atMost) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long left = atMost;
    while (left > 0) {
      int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (read < 0) {
        return;
      }
      left -= read;
    }
  }

  /** Returns the declared length; the JDK has already refused a malformed one, so this only guards overflow. */
  private static long declaredLength(String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }
}

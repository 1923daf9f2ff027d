package io.securelink.cli.hardening;

import io.securelink.cli.RawHttp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Sends exact bytes on a fresh loopback connection, half-closes it, and reads whatever comes back until the
 * server closes: for requests no HTTP client would send. Every read is bounded, so a server that hangs shows
 * up as {@link Answer#timedOut()} rather than as a test that never ends.
 */
final class RawExchange {

  static final int READ_TIMEOUT_MILLIS = 30_000;

  /**
   * What came back: {@code response} null when the connection closed with no complete response head;
   * {@code timedOut} when nothing ended within the read timeout.
   */
  record Answer(RawHttp.Response response, boolean timedOut, int rawBytes) {

    boolean closedWithoutResponse() {
      return response == null && !timedOut;
    }
  }

  private RawExchange() {}

  /** Sends {@code request} to 127.0.0.1:{@code port}; {@code head} when its method is HEAD. */
  static Answer send(int port, byte[] request, boolean head) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(READ_TIMEOUT_MILLIS);
      try {
        socket.getOutputStream().write(request);
        socket.getOutputStream().flush();
        socket.shutdownOutput();
      } catch (IOException refusedMidway) {
        // The server may answer (413, a parser refusal) and close before it took the whole request.
      }
      ByteArrayOutputStream received = new ByteArrayOutputStream();
      try {
        copy(socket.getInputStream(), received);
      } catch (SocketTimeoutException hang) {
        return new Answer(null, true, received.size());
      } catch (IOException reset) {
        // A reset after the answer was sent still leaves the answer readable below.
      }
      byte[] bytes = withoutInterimResponses(received.toByteArray());
      if (!hasCompleteHead(bytes)) {
        return new Answer(null, false, bytes.length);
      }
      return new Answer(RawHttp.parse(bytes, head), false, bytes.length);
    }
  }

  private static void copy(InputStream in, ByteArrayOutputStream out) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
      out.write(buffer, 0, read);
    }
  }

  /** Drops "HTTP/1.1 100 Continue" and other 1xx heads, which precede the real answer. */
  private static byte[] withoutInterimResponses(byte[] bytes) {
    byte[] rest = bytes;
    while (rest.length > 12 && new String(rest, 0, 12, StandardCharsets.ISO_8859_1).matches("HTTP/1\\.[01] 1\\d\\d")) {
      int end = indexOf(rest, "\r\n\r\n");
      if (end < 0) {
        return rest;
      }
      rest = Arrays.copyOfRange(rest, end + 4, rest.length);
    }
    return rest;
  }

  private static boolean hasCompleteHead(byte[] bytes) {
    return bytes.length > 12 && new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("HTTP/")
        && indexOf(bytes, "\r\n\r\n") > 0;
  }

  private static int indexOf(byte[] data, String text) {
    byte[] pattern = text.getBytes(StandardCharsets.ISO_8859_1);
    outer:
    for (int i = 0; i + pattern.length <= data.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}

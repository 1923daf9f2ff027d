package io.securelink.cli.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.securelink.cli.RawHttp;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JDK server's limits are real in the shipped jar: a stalled request is cut off after the request timeout,
 * and connections past the cap are refused while the ones before it are served. The limits are set short on
 * the command line ({@code -Dsun.net.httpserver.maxReqTime=3}), which serve honours, so this takes seconds
 * rather than the shipped 30.
 */
class ServeLimitsIT {

  private static final int REQUEST_SECONDS = 3;
  private static final int MAX_CONNECTIONS = 12;
  /** Far past the request timeout and the JDK's one-second timer, so only a missing limit ends the read here. */
  private static final int CUT_OFF_BOUND_MILLIS = 20_000;

  @TempDir Path work;

  @Test
  void stalledRequestsAreCutOffAndConnectionsPastTheCapRefused() throws Exception {
    List<String> limits = List.of("-Dsun.net.httpserver.maxReqTime=" + REQUEST_SECONDS,
        "-Djdk.httpserver.maxConnections=" + MAX_CONNECTIONS);
    try (RunningServe serve = RunningServe.start(work, work.resolve("data"), Map.of(), limits)) {
      int port = serve.port();
      for (String stalled : List.of("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: sss",
          "POST /api/secrets HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{")) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
          socket.setSoTimeout(CUT_OFF_BOUND_MILLIS);
          socket.getOutputStream().write(stalled.getBytes(StandardCharsets.US_ASCII));
          socket.getOutputStream().flush();
          assertTrue(endsByServer(socket.getInputStream()), "a stalled request was never cut off: " + stalled);
        }
      }
      System.out.println("[limits] stalled headers and a stalled body were cut off by the request timeout");

      Socket[] held = new Socket[MAX_CONNECTIONS];
      try {
        for (int i = 0; i < held.length; i++) {
          held[i] = new Socket(InetAddress.getLoopbackAddress(), port);
        }
        Thread.sleep(500); // the JDK counts a connection once its selector has taken it
        RawExchange.Answer refused = RawExchange.send(port,
            "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII), false);
        assertTrue(refused.closedWithoutResponse(), "a connection past the cap was served: " + refused);
      } finally {
        for (Socket socket : held) {
          if (socket != null) {
            socket.close();
          }
        }
      }
      Thread.sleep(500);
      assertEquals(200, RawHttp.send(port, "GET", "/").status(), "served again once connections are free");
      System.out.println("[limits] with " + MAX_CONNECTIONS + " connections open the next was closed unanswered;"
          + " once they closed it was served");
    }
  }

  /** Returns whether the server ended the connection (EOF or reset) before the bound, reading whatever it sent. */
  private static boolean endsByServer(InputStream in) throws IOException {
    try {
      while (in.read() >= 0) {
        // an answer (such as a 400) may come before the close
      }
      return true;
    } catch (SocketTimeoutException stillOpen) {
      return false;
    } catch (IOException reset) {
      return true;
    }
  }
}

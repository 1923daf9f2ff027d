package io.securelink.cli.hardening;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Hostile connections held open against a loopback server: idle ones, ones that trickle their headers or body a
 * byte at a time, and ones that never read what they asked for. {@link #close} ends them all.
 */
final class SlowClients implements AutoCloseable {

  private static final long TRICKLE_MILLIS = 500;

  private final int port;
  private final List<Socket> sockets = new ArrayList<>();
  private final ScheduledExecutorService trickler = Executors.newSingleThreadScheduledExecutor();

  SlowClients(int port) {
    this.port = port;
  }

  /** Opens {@code count} connections that send nothing. */
  SlowClients idle(int count) throws IOException {
    for (int i = 0; i < count; i++) {
      open();
    }
    return this;
  }

  /** Opens {@code count} connections that send a request head one byte every half second (slowloris). */
  SlowClients tricklingHeaders(int count) throws IOException {
    for (int i = 0; i < count; i++) {
      trickle(open(), "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + "s".repeat(1000));
    }
    return this;
  }

  /** Opens {@code count} connections that announce a body of {@code length} and send {@code first} of it at once. */
  SlowClients tricklingBodies(int count, int length, int first) throws IOException {
    for (int i = 0; i < count; i++) {
      Socket socket = open();
      String head = "POST /api/secrets HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
          + "Content-Length: " + length + "\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().write(new byte[first]);
      socket.getOutputStream().flush();
      trickle(socket, "a".repeat(length - first));
    }
    return this;
  }

  /** Opens {@code count} connections that ask for {@code path} many times over and never read an answer. */
  SlowClients neverReading(int count, String path) throws IOException {
    for (int i = 0; i < count; i++) {
      Socket socket = new Socket();
      socket.setReceiveBufferSize(1024);
      socket.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      sockets.add(socket);
      String request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
      socket.getOutputStream().write(request.repeat(50).getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
    }
    return this;
  }

  int size() {
    return sockets.size();
  }

  private Socket open() throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
    sockets.add(socket);
    return socket;
  }

  /** Sends {@code text} one byte every {@link #TRICKLE_MILLIS} until it is sent or the socket fails. */
  private void trickle(Socket socket, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    int[] next = {0};
    trickler.scheduleAtFixedRate(() -> {
      if (next[0] >= bytes.length) {
        return;
      }
      try {
        socket.getOutputStream().write(bytes[next[0]++]);
        socket.getOutputStream().flush();
      } catch (IOException closedByServer) {
        next[0] = bytes.length;
      }
    }, TRICKLE_MILLIS, TRICKLE_MILLIS, TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() throws IOException {
    trickler.shutdownNow();
    for (Socket socket : sockets) {
      socket.close();
    }
  }
}

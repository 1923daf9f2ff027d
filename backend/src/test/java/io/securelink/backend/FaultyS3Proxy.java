package io.securelink.backend;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP proxy on 127.0.0.1 between the S3 client and S3Proxy that breaks chosen calls the way a real store
 * breaks: it refuses connections (stopped), drops a request unanswered, answers 500 before or after applying it,
 * answers too slowly, or holds a request until the test lets it through.
 *
 * <p>A rule matches one kind of call: an HTTP method and a key prefix, e.g. {@code GET secrets/} (GetObject of a
 * secret) or {@code PUT claims/} (taking a claim). Each connection carries one request ({@code Connection: close}),
 * which keeps the proxy to a few lines of HTTP.
 */
final class FaultyS3Proxy implements AutoCloseable {

  enum Fault {
    /** Read the request, close the connection without an answer: the store died mid-call. */
    DROP,
    /** Answer 500 without forwarding: the request is never applied. */
    ERROR_500,
    /** Forward, then answer 500 instead of S3Proxy's answer: applied, but the caller cannot know. */
    APPLY_THEN_500,
    /** Wait {@link #SLOW_MILLIS}, then drop: a store too slow to answer within the client's timeouts. */
    SLOW,
    /** Wait until {@link Rule#letThrough()}, then forward: a call in flight for as long as the test wants. */
    HOLD
  }

  /** How long a {@link Fault#SLOW} call hangs: longer than any test client's call timeout. */
  static final long SLOW_MILLIS = 4_000;
  private static final long MAX_HOLD_SECONDS = 60;

  /** One fault on the calls of {@code method} to keys starting with {@code keyPrefix}, for the next {@code times}. */
  static final class Rule {
    private final String method;
    private final String keyPrefix;
    private final Fault fault;
    private final AtomicInteger remaining;
    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    private Rule(String method, String keyPrefix, Fault fault, int times) {
      this.method = method;
      this.keyPrefix = keyPrefix;
      this.fault = fault;
      this.remaining = new AtomicInteger(times);
    }

    /** Returns once a held request has arrived; fails after a minute. */
    void awaitHeld() throws InterruptedException {
      if (!held.await(MAX_HOLD_SECONDS, TimeUnit.SECONDS)) {
        throw new AssertionError("no " + method + " " + keyPrefix + " call arrived to hold");
      }
    }

    /** Lets held requests go on to S3Proxy. */
    void letThrough() {
      released.countDown();
    }

    private boolean claims(String requestMethod, String key) {
      return method.equals(requestMethod) && key.startsWith(keyPrefix) && remaining.getAndDecrement() > 0;
    }
  }

  private final InetSocketAddress upstream;
  private final String bucketPath;
  private final List<Rule> rules = new CopyOnWriteArrayList<>();
  private final ExecutorService connections = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "faulty-s3-proxy");
    thread.setDaemon(true);
    return thread;
  });
  private final int port;
  private volatile ServerSocket listener;

  /** Starts a proxy for {@code bucket} at the S3 server {@code upstream}. */
  FaultyS3Proxy(URI upstream, String bucket) throws IOException {
    this.upstream = new InetSocketAddress(upstream.getHost(), upstream.getPort());
    this.bucketPath = "/" + bucket + "/";
    this.listener = listen(0);
    this.port = listener.getLocalPort();
    acceptOn(listener);
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + port);
  }

  /** Adds a fault for the next {@code times} matching calls ({@code Integer.MAX_VALUE}: until {@link #heal()}). */
  Rule fail(String method, String keyPrefix, Fault fault, int times) {
    Rule rule = new Rule(method, keyPrefix, fault, times);
    rules.add(rule);
    return rule;
  }

  /** Removes every rule and lets held requests through. */
  void heal() {
    rules.forEach(Rule::letThrough);
    rules.clear();
  }

  /** Stops listening: connections are refused, as by a store that is down. */
  void stop() throws IOException {
    listener.close();
  }

  /** Listens again on the same port. */
  void restart() throws IOException {
    listener = listen(port);
    acceptOn(listener);
  }

  @Override
  public void close() throws IOException {
    heal();
    listener.close();
    connections.shutdownNow();
  }

  private static ServerSocket listen(int port) throws IOException {
    ServerSocket socket = new ServerSocket();
    socket.setReuseAddress(true);
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    return socket;
  }

  private void acceptOn(ServerSocket socket) {
    connections.execute(() -> {
      while (!socket.isClosed()) {
        try {
          Socket client = socket.accept();
          connections.execute(() -> serve(client));
        } catch (SocketException closed) {
          return;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    });
  }

  private void serve(Socket client) {
    try (client) {
      client.setSoTimeout(30_000);
      InputStream in = client.getInputStream();
      OutputStream out = client.getOutputStream();
      String head = readHead(in);
      if (head == null) {
        return;
      }
      String[] requestLine = head.substring(0, head.indexOf("\r\n")).split(" ");
      String method = requestLine[0];
      String target = requestLine[1];
      String key = target.startsWith(bucketPath) ? target.substring(bucketPath.length()) : "";
      if (head.toLowerCase(Locale.ROOT).contains("\r\nexpect: 100-continue")) {
        out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
      }
      byte[] body = in.readNBytes(contentLength(head));
      Fault fault = null;
      Rule matched = null;
      for (Rule rule : rules) {
        if (rule.claims(method, key)) {
          fault = rule.fault;
          matched = rule;
          break;
        }
      }
      if (fault == Fault.DROP) {
        return;
      }
      if (fault == Fault.SLOW) {
        Thread.sleep(SLOW_MILLIS);
        return;
      }
      if (fault == Fault.ERROR_500) {
        out.write(internalError(method));
        return;
      }
      if (fault == Fault.HOLD) {
        matched.held.countDown();
        matched.released.await(MAX_HOLD_SECONDS, TimeUnit.SECONDS);
      }
      byte[] answer = forward(head, body);
      out.write(fault == Fault.APPLY_THEN_500 ? internalError(method) : answer);
    } catch (IOException | InterruptedException e) {
      // The client gave up (its timeout) or the test ended: nothing to answer.
    }
  }

  /** Sends the request to S3Proxy with {@code Connection: close} and returns its whole answer. */
  private byte[] forward(String head, byte[] body) throws IOException {
    StringBuilder rewritten = new StringBuilder();
    for (String line : head.split("\r\n")) {
      String lower = line.toLowerCase(Locale.ROOT);
      if (!line.isEmpty() && !lower.startsWith("connection:") && !lower.startsWith("expect:")) {
        rewritten.append(line).append("\r\n");
      }
    }
    rewritten.append("Connection: close\r\n\r\n");
    try (Socket socket = new Socket()) {
      socket.connect(upstream, 5_000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(rewritten.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      return socket.getInputStream().readAllBytes();
    }
  }

  private static byte[] internalError(String method) {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>InternalError</Code>"
        + "<Message>injected fault</Message></Error>";
    String body = method.equals("HEAD") ? "" : xml;
    String response = "HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/xml\r\nContent-Length: "
        + xml.length() + "\r\nConnection: close\r\n\r\n" + body;
    return response.getBytes(StandardCharsets.US_ASCII);
  }

  /** Returns the request line and headers up to the blank line, or null if the client sent nothing. */
  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int lastFour = 0;
    for (int b = in.read(); b >= 0; b = in.read()) {
      head.write(b);
      lastFour = lastFour << 8 | b;
      if (lastFour == 0x0d0a0d0a) {
        return head.toString(StandardCharsets.ISO_8859_1);
      }
    }
    return null;
  }

  private static int contentLength(String head) {
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        return Integer.parseInt(line.substring("content-length:".length()).trim());
      }
    }
    return 0;
  }
}

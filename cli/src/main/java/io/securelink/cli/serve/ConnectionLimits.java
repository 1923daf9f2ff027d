package io.securelink.cli.serve;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounds that keep slow or many clients from exhausting the server.
 *
 * <p>The JDK's HTTP server reads its limits from system properties, once, when its first instance is made; so
 * {@link #applyToJdkHttpServer()} must run before that, and leaves alone any value the user set on the command
 * line. A request must arrive whole (headers and body) within {@link #MAX_REQUEST_SECONDS}, a response be taken
 * within {@link #MAX_RESPONSE_SECONDS}; past that the connection is closed and its worker freed. At most
 * {@link #MAX_CONNECTIONS} connections are open at once; the JDK closes any beyond that as soon as it accepts it.
 *
 * <p>The JDK reads a request's headers on the worker thread, so a client that trickles its headers holds a worker
 * until the request timeout. There is therefore a worker for every connection the server admits: a slow client
 * holds only its own thread, never another client's. Memory is bounded apart from threads, by
 * {@link LargeBodies}. Work beyond the pool and its queue is refused by closing the connection, never by
 * blocking the server's accept loop.
 */
final class ConnectionLimits {

  static final int ACCEPT_BACKLOG = 64;
  static final int MAX_CONNECTIONS = 256;
  /** One per admitted connection (see the class comment); threads are made on demand and end when idle. */
  static final int WORKER_THREADS = MAX_CONNECTIONS;
  static final int QUEUED_REQUESTS = 128;
  static final int MAX_REQUEST_SECONDS = 30;
  static final int MAX_RESPONSE_SECONDS = 60;
  /** All request header lines together; the JDK's default is 380 KiB. */
  static final int MAX_HEADER_BYTES = 64 * 1024;
  static final int MAX_HEADER_LINES = 100;
  /** How long a kept-alive connection may sit between requests before it is closed. */
  static final int IDLE_SECONDS = 30;
  static final int MAX_IDLE_CONNECTIONS = 64;

  private ConnectionLimits() {}

  /** Sets the JDK HTTP server's limits, unless already set. */
  static void applyToJdkHttpServer() {
    setIfAbsent("sun.net.httpserver.maxReqTime", MAX_REQUEST_SECONDS);
    setIfAbsent("sun.net.httpserver.maxRspTime", MAX_RESPONSE_SECONDS);
    setIfAbsent("jdk.httpserver.maxConnections", MAX_CONNECTIONS);
    setIfAbsent("sun.net.httpserver.maxReqHeaderSize", MAX_HEADER_BYTES);
    setIfAbsent("sun.net.httpserver.maxReqHeaders", MAX_HEADER_LINES);
    setIfAbsent("sun.net.httpserver.idleInterval", IDLE_SECONDS);
    setIfAbsent("sun.net.httpserver.maxIdleConnections", MAX_IDLE_CONNECTIONS);
  }

  /** Returns the bounded pool that runs the handlers. */
  static ExecutorService newWorkerPool() {
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            WORKER_THREADS,
            WORKER_THREADS,
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUED_REQUESTS),
            namedDaemonThreads(),
            new ThreadPoolExecutor.AbortPolicy());
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  private static ThreadFactory namedDaemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "securelink-http-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  private static void setIfAbsent(String property, int value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, Integer.toString(value));
    }
  }
}

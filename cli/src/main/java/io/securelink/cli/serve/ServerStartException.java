package io.securelink.cli.serve;

/**
 * The server could not start; the message is one line a person can act on ("port 8080 on 127.0.0.1 is in use").
 * Whatever had already started is stopped again before this is thrown.
 */
public final class ServerStartException extends Exception {

  ServerStartException(String message, Throwable cause) {
    super(message, cause);
  }
}

package io.securelink.core;

/**
 * The one failure of opening a secret: the envelope did not authenticate or did not parse. Its message never
 * says which, and never carries key material or content.
 */
public final class AuthenticationException extends Exception {

  public AuthenticationException(String message) {
    super(message);
  }
}

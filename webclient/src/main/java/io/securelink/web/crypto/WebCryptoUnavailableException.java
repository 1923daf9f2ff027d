package io.securelink.web.crypto;

/** Thrown where the page cannot use WebCrypto; the message is meant for the user and names the cause. */
public final class WebCryptoUnavailableException extends Exception {

  private final WebCryptoAvailability availability;

  WebCryptoUnavailableException(WebCryptoAvailability availability) {
    super(availability.problem());
    this.availability = availability;
  }

  /** Returns which requirement is missing. */
  public WebCryptoAvailability availability() {
    return availability;
  }
}

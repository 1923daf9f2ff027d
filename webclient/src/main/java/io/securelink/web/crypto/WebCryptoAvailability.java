package io.securelink.web.crypto;

import org.teavm.jso.JSBody;

/**
 * Whether this page may use WebCrypto, and if not, why, in words the page can show. There is no fallback:
 * without the browser's own random source and SubtleCrypto the page refuses to seal or open anything.
 */
public enum WebCryptoAvailability {
  AVAILABLE(""),
  NOT_SECURE_CONTEXT(
      "This page was not opened over HTTPS, so the browser withholds its cryptography."
          + " Open the link with https:// and try again."),
  NO_RANDOM_SOURCE(
      "This browser offers no secure random numbers (crypto.getRandomValues), so no secret can be made here."
          + " Use a current browser."),
  NO_SUBTLE_CRYPTO(
      "This browser offers no WebCrypto (crypto.subtle), so nothing can be encrypted here."
          + " Use a current browser over HTTPS.");

  private final String problem;

  WebCryptoAvailability(String problem) {
    this.problem = problem;
  }

  /** Returns whether WebCrypto can be used. */
  public boolean isAvailable() {
    return this == AVAILABLE;
  }

  /** Returns the reason WebCrypto cannot be used, for the user; empty when it can. */
  public String problem() {
    return problem;
  }

  /** Returns the availability of WebCrypto in the running page or worker. */
  static WebCryptoAvailability detect() {
    switch (probe()) {
      case "insecure":
        return NOT_SECURE_CONTEXT;
      case "no-random":
        return NO_RANDOM_SOURCE;
      case "no-subtle":
        return NO_SUBTLE_CRYPTO;
      default:
        return AVAILABLE;
    }
  }

  /**
   * Returns which requirement is missing, checked in the order that gives the most useful message: browsers
   * hide crypto.subtle on insecure origins (plain http on a host other than loopback), so say that first.
   */
  @JSBody(
      script = "if (typeof isSecureContext !== 'undefined' && isSecureContext !== true) { return 'insecure'; }"
          + " if (typeof crypto === 'undefined' || crypto === null"
          + " || typeof crypto.getRandomValues !== 'function') { return 'no-random'; }"
          + " if (!crypto.subtle || typeof crypto.subtle.importKey !== 'function') { return 'no-subtle'; }"
          + " return 'ok';")
  private static native String probe();
}

package io.securelink.backend;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one definition of SecureLink's security headers.
 *
 * <p>The API sends them on every response, {@code securelink serve} on every static file, and CloudFront's
 * response headers policy in {@code template.yaml} must say the same (a test compares them). The page loads only
 * its own script and stylesheet: no inline code, no eval, no third-party origin, and it cannot be framed.
 */
public final class SecurityHeaders {

  /** The Content-Security-Policy of the page and the API. */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
          + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  public static final String REFERRER_POLICY = "no-referrer";
  public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

  private SecurityHeaders() {}

  /** Returns the headers every response carries, page and API alike, in a stable order. */
  public static Map<String, String> common() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    headers.put("Referrer-Policy", REFERRER_POLICY);
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("X-Frame-Options", "DENY");
    headers.put("Cross-Origin-Opener-Policy", "same-origin");
    headers.put("Cross-Origin-Resource-Policy", "same-origin");
    headers.put("Permissions-Policy", PERMISSIONS_POLICY);
    return headers;
  }

  /** Returns the headers of an API response: the common ones, and no caching anywhere. */
  public static Map<String, String> api() {
    Map<String, String> headers = common();
    headers.put("Cache-Control", "no-store");
    return headers;
  }
}

package io.securelink.backend;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;

/**
 * The backend's settings, read from the environment (Lambda and {@code securelink serve} alike).
 *
 * @param bucket {@code SECURELINK_BUCKET}: the ciphertext bucket (required)
 * @param endpoint {@code SECURELINK_S3_ENDPOINT}: an S3-compatible server, or null for AWS S3
 * @param region {@code SECURELINK_S3_REGION}, defaulting to {@code AWS_REGION}
 * @param pathStyle {@code SECURELINK_S3_PATH_STYLE}: {@code true} or {@code false} (default)
 * @param limits {@code SECURELINK_MIN_TTL} and {@code SECURELINK_MAX_TTL} (seconds) and
 *     {@code SECURELINK_MAX_BYTES}, each defaulting to {@link Limits#defaults()}
 * @param claimTimeout {@code SECURELINK_CLAIM_TIMEOUT} (seconds, default 60, at least 40): when a reveal that crashed
 *     holding its claim may be recovered; keep it at least the function timeout
 */
public record BackendConfig(String bucket, URI endpoint, String region, boolean pathStyle, Limits limits,
    Duration claimTimeout) {

  /** Returns the settings in {@code env}, or throws naming the variable that is missing or malformed. */
  public static BackendConfig fromEnvironment(Map<String, String> env) {
    String bucket = required(env, "SECURELINK_BUCKET");
    String region = present(env, "SECURELINK_S3_REGION") ? env.get("SECURELINK_S3_REGION") : env.get("AWS_REGION");
    if (region == null || region.isBlank()) {
      throw new IllegalStateException("Set SECURELINK_S3_REGION or AWS_REGION");
    }
    Limits defaults = Limits.defaults();
    Limits limits = new Limits(
        Duration.ofSeconds(number(env, "SECURELINK_MIN_TTL", defaults.minTtl().toSeconds())),
        Duration.ofSeconds(number(env, "SECURELINK_MAX_TTL", defaults.maxTtl().toSeconds())),
        Math.toIntExact(number(env, "SECURELINK_MAX_BYTES", defaults.maxCiphertextBytes())));
    Duration claimTimeout =
        Duration.ofSeconds(number(env, "SECURELINK_CLAIM_TIMEOUT", Claims.DEFAULT_TIMEOUT.toSeconds()));
    if (claimTimeout.compareTo(Claims.MIN_TIMEOUT) < 0) {
      throw new IllegalStateException(
          "SECURELINK_CLAIM_TIMEOUT must be at least " + Claims.MIN_TIMEOUT.toSeconds() + " seconds");
    }
    return new BackendConfig(bucket, endpoint(env), region.trim(), flag(env, "SECURELINK_S3_PATH_STYLE"), limits,
        claimTimeout);
  }

  private static boolean present(Map<String, String> env, String name) {
    return env.get(name) != null && !env.get(name).isBlank();
  }

  private static String required(Map<String, String> env, String name) {
    if (!present(env, name)) {
      throw new IllegalStateException("Set " + name);
    }
    return env.get(name).trim();
  }

  private static URI endpoint(Map<String, String> env) {
    if (!present(env, "SECURELINK_S3_ENDPOINT")) {
      return null;
    }
    try {
      URI endpoint = new URI(env.get("SECURELINK_S3_ENDPOINT").trim());
      if (endpoint.getScheme() == null || endpoint.getHost() == null) {
        throw new URISyntaxException(endpoint.toString(), "needs a scheme and a host");
      }
      return endpoint;
    } catch (URISyntaxException e) {
      throw new IllegalStateException("SECURELINK_S3_ENDPOINT must be an http(s) URL", e);
    }
  }

  private static boolean flag(Map<String, String> env, String name) {
    String value = present(env, name) ? env.get(name).trim() : "false";
    if (!value.equals("true") && !value.equals("false")) {
      throw new IllegalStateException(name + " must be true or false");
    }
    return value.equals("true");
  }

  private static long number(Map<String, String> env, String name, long fallback) {
    if (!present(env, name)) {
      return fallback;
    }
    try {
      return Long.parseLong(env.get(name).trim());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(name + " must be a whole number", e);
    }
  }
}

package io.securelink.cli.serve;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code SECURELINK_CLAIM_TIMEOUT}, the seconds after which a reveal that crashed holding its claim may be
 * recovered, as the Lambda does; the store itself enforces the lower bound.
 */
final class ClaimTimeout {

  static final String VARIABLE = "SECURELINK_CLAIM_TIMEOUT";

  private ClaimTimeout() {}

  /** Returns the timeout {@code environment} sets, or empty for the store's default. */
  static Optional<Duration> from(Map<String, String> environment) throws ServerStartException {
    String value = environment.get(VARIABLE);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    if (!value.trim().matches("[0-9]{1,9}")) {
      throw new ServerStartException(VARIABLE + " must be a whole number of seconds", null);
    }
    return Optional.of(Duration.ofSeconds(Long.parseLong(value.trim())));
  }
}

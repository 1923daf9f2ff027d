package io.securelink.backend;

import java.time.Duration;

/**
 * The bounds on every S3 call, so a slow or silent store answers 503 in bounded time instead of holding a request.
 *
 * @param connect to open a connection
 * @param attempt for one HTTP attempt (also the socket read timeout)
 * @param call for the whole call, SDK retries included: no S3 call of the store takes longer
 */
record S3Timeouts(Duration connect, Duration attempt, Duration call) {

  /**
   * Long enough to move a maximal ciphertext (4 MiB) on a slow uplink in one attempt, short enough that the whole
   * call fits in half of the shortest claim timeout with room to spare ({@link Claims#MIN_TIMEOUT}).
   */
  static final S3Timeouts DEFAULT =
      new S3Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(15));

  S3Timeouts {
    if (connect.compareTo(attempt) > 0 || attempt.compareTo(call) > 0) {
      throw new IllegalArgumentException("S3 timeouts must satisfy connect <= attempt <= call");
    }
  }
}

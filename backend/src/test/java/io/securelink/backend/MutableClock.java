package io.securelink.backend;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand, so expiry is tested without waiting and without wall-clock assertions. */
final class MutableClock extends Clock {

  static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

  private volatile Instant now = START;

  void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the API reads instants only");
  }
}

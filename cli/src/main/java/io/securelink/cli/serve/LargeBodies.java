package io.securelink.cli.serve;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds the memory request bodies take across all workers: any number of small bodies, but only
 * {@link #MAX_AT_ONCE} larger ones at a time.
 *
 * <p>Every connection has its own worker (see {@link ConnectionLimits}), so without this bound a few hundred
 * clients uploading the largest allowed body at once could hold gigabytes. Status, reveal and revoke requests
 * carry bodies far below {@link #SMALL_BODY_BYTES}, so a crowd of slow uploads never holds them up; a large
 * upload that finds no free turn within {@link #WAIT_SECONDS} is answered "busy, retry" with nothing stored.
 */
final class LargeBodies {

  /** The largest body read without taking a turn: a reveal or revoke body is about 60 bytes. */
  static final int SMALL_BODY_BYTES = 64 * 1024;
  static final int MAX_AT_ONCE = 8;
  static final int WAIT_SECONDS = 10;

  private final Semaphore turns = new Semaphore(MAX_AT_ONCE, true);

  /** Returns whether the caller got a turn, waiting at most {@link #WAIT_SECONDS}; pair a true with {@link #leave}. */
  boolean enter() throws InterruptedException {
    return turns.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS);
  }

  /** Gives back a turn taken by {@link #enter}. */
  void leave() {
    turns.release();
  }
}

package io.securelink.cli.client;

/** Hears how far a request or response body has travelled, e.g. to draw a progress bar. */
@FunctionalInterface
public interface TransferListener {

  /** Listens to nothing. */
  TransferListener NONE = (done, total) -> {};

  /** Called with the bytes sent or received so far out of {@code total}; may be called from an HTTP thread. */
  void transferred(long done, long total);
}

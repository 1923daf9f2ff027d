package io.securelink.web;

/**
 * Runs a flow on a TeaVM thread, where WebCrypto and XHR calls may suspend. An unexpected failure ends the flow
 * with a message instead of leaving the page stuck on a progress step.
 */
final class Background {

  private Background() {}

  /** Starts {@code flow}; {@code whenFailed} is shown if it throws, and {@code after} runs in every case. */
  static void run(Runnable flow, String whenFailed, Runnable after) {
    new Thread(() -> {
      try {
        flow.run();
      } catch (RuntimeException unexpected) {
        // The message is not shown: it could name internals. The type is enough to report a bug.
        Progress.done();
        StatusLine.error(whenFailed + " (" + unexpected.getClass().getSimpleName() + ")");
      } finally {
        after.run();
      }
    }).start();
  }
}

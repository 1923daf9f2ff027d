package io.securelink.web;

import io.securelink.core.Payload;

/**
 * The size check the page runs on a chosen file before reading or encrypting it, so that an oversized file never
 * yields a link that fails later (case c06).
 */
final class ContentLimit {

  private ContentLimit() {}

  /** Returns the limit as the page states it: "4 MiB (4,194,304 bytes)". */
  static String limitText() {
    return ByteSizes.describe(Payload.MAX_CONTENT_BYTES) + " (" + ByteSizes.exact(Payload.MAX_CONTENT_BYTES)
        + " bytes)";
  }

  /** Returns why a file of {@code size} bytes cannot be shared, or null when it fits. */
  static String fileProblem(double size) {
    if (size <= Payload.MAX_CONTENT_BYTES) {
      return null;
    }
    return "This file is too large to share: it has " + ByteSizes.exact((long) size) + " bytes, and the limit is "
        + limitText() + ". Nothing was encrypted or uploaded.";
  }
}

package io.securelink.deploy;

import java.util.ArrayList;
import java.util.List;

/** Collects a rule's failures, so a rule reads as a list of requirements. */
final class Findings {

  private final List<String> messages = new ArrayList<>();

  /** Records {@code message} unless {@code holds}; returns {@code holds} so callers can stop early. */
  boolean require(boolean holds, String message) {
    if (!holds) {
      messages.add(message);
    }
    return holds;
  }

  List<String> messages() {
    return messages;
  }
}

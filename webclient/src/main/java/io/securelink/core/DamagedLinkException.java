package io.securelink.core;

/**
 * A link that cannot be opened as it is: damaged on the way (a character lost or changed, cut short) or made by a
 * newer version of SecureLink. The message is meant for the person holding the link and never repeats the link.
 */
public final class DamagedLinkException extends Exception {

  /** Why the link was refused; the two cases need different advice. */
  public enum Reason {
    /** Incomplete or damaged: ask the sender for the link again. */
    DAMAGED,
    /** Well-formed for a later format version that this code does not know. */
    NEWER_VERSION
  }

  static final String DAMAGED_MESSAGE =
      "This link is incomplete or damaged, so it cannot be opened. Ask the sender to send the whole link again.";
  static final String NEWER_VERSION_MESSAGE =
      "This link was made by a newer version of SecureLink. Open it with an up-to-date SecureLink page.";

  private final Reason reason;

  private DamagedLinkException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  static DamagedLinkException damaged() {
    return new DamagedLinkException(Reason.DAMAGED, DAMAGED_MESSAGE);
  }

  static DamagedLinkException newerVersion() {
    return new DamagedLinkException(Reason.NEWER_VERSION, NEWER_VERSION_MESSAGE);
  }

  /** Returns why the link was refused. */
  public Reason reason() {
    return reason;
  }
}

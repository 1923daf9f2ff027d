package io.securelink.web;

/**
 * What the page tells a person, in one place: each outcome has its own sentence, so a damaged link, a wrong
 * passphrase, a missing WebCrypto and an unreachable server never look alike.
 */
final class Messages {

  static final String NOTHING_TO_SHARE =
      "There is nothing to share: type a secret or choose a file. Nothing was uploaded.";
  static final String UNREACHABLE =
      "The SecureLink server could not be reached. Check your connection and try again.";
  static final String GONE_TITLE = "This secret is no longer available";
  static final String GONE =
      "It was already viewed, revoked or expired (or destroyed after too many wrong passphrases). "
          + "Ask the sender for a new link if you still need it.";
  static final String VIEW_ONCE = "This secret can be viewed once.";
  static final String ASK_PASSPHRASE = "The sender protected it with a passphrase: type it, then reveal.";
  static final String PASSPHRASE_MISSING = "Type the passphrase first.";
  static final String UNREADABLE =
      "The secret arrived but could not be decrypted: it does not match this link. It is gone from the server.";
  static final String READY = "Your link is ready. It opens the secret once; send it to the recipient.";
  static final String READY_WITH_PASSPHRASE =
      "Your link is ready. It opens the secret once, with the passphrase: send the passphrase another way.";
  static final String REVOKED = "Revoked. The link no longer opens anything.";
  static final String COPIED = "Copied";
  static final String COPY_FAILED = "Copy failed — select the link and copy it";
  static final String COPY_SECRET_FAILED = "Copy failed — select the text and copy it";

  private Messages() {}

  /**
   * Returns the sentence for a reveal refused with a wrong proof. The server keeps the secret while tries are
   * left and destroys it at zero; {@code attemptsLeft} is -1 when it did not say.
   */
  static String wrongPassphrase(long attemptsLeft) {
    if (attemptsLeft == 0) {
      return "That passphrase is wrong, and it was the last try allowed: the secret has been deleted.";
    }
    String base = "That passphrase is wrong. The secret is still there";
    if (attemptsLeft == 1) {
      return base + ", but only one more try is allowed.";
    }
    if (attemptsLeft > 1) {
      return base + ": " + attemptsLeft + " more tries are allowed.";
    }
    return base + ".";
  }

  /** Returns the sentence for a call that failed in some way the page has no special words for. */
  static String failure(ApiReply reply, String whatFailed) {
    if (reply.isUnreachable()) {
      return UNREACHABLE;
    }
    if (reply.status() == 413) {
      return whatFailed + ": the server refused it as too large; the limit is " + ContentLimit.limitText() + ".";
    }
    if (reply.status() == 429) {
      return whatFailed + ": too many requests. Wait a minute and try again.";
    }
    String explanation = reply.serverMessage();
    String code = reply.errorCode();
    StringBuilder text = new StringBuilder(whatFailed).append(": the server answered ").append(reply.status());
    if (!code.isEmpty()) {
      text.append(" (").append(code).append(')');
    }
    if (!explanation.isEmpty()) {
      text.append(". ").append(explanation);
    }
    return text.append('.').toString();
  }
}

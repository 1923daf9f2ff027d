package io.securelink.web;

/**
 * The notice that replaces the reveal view when a link cannot lead to the secret: gone (viewed, revoked,
 * expired), damaged, undecryptable, or WebCrypto missing. The title heads the page; the explanation goes to the
 * status line, which screen readers announce.
 */
final class Notice {

  private Notice() {}

  static void show(String title, String explanation) {
    Dom.hide("reveal-view");
    Dom.hide("revealed-view");
    Dom.text("notice-title", title);
    Dom.show("notice-view");
    StatusLine.error(explanation);
  }
}

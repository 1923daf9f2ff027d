package io.securelink.web;

import org.teavm.jso.dom.html.HTMLElement;

/**
 * The page's one status line, {@code #status-message}: a polite live region, so screen readers announce progress
 * and results. Errors get the {@code error} class and an alert role, so they are announced at once.
 */
final class StatusLine {

  static final String ID = "status-message";

  private StatusLine() {}

  /** Shows a neutral message, such as progress or a result. */
  static void info(String text) {
    set(text, false);
  }

  /** Shows a message about something that went wrong. */
  static void error(String text) {
    set(text, true);
  }

  static void clear() {
    set("", false);
  }

  private static void set(String text, boolean isError) {
    HTMLElement line = Dom.byId(ID);
    line.setClassName(isError ? "status error" : "status");
    line.setAttribute("role", isError ? "alert" : "status");
    line.setTextContent(text);
  }
}

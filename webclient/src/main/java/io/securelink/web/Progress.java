package io.securelink.web;

import org.teavm.jso.dom.html.HTMLElement;

/** The create view's progress bar (a native {@code <progress>}) and the status line that names the step. */
final class Progress {

  static final String ID = "progress";

  private Progress() {}

  /** Shows a step whose length is unknown: reading, encrypting. */
  static void indeterminate(String step) {
    HTMLElement bar = Dom.byId(ID);
    bar.removeAttribute("value");
    bar.setHidden(false);
    StatusLine.info(step);
  }

  /** Shows a step with a known share done, 0 to 100; the status line carries the number for screen readers. */
  static void percent(String step, int percent) {
    int clamped = Math.max(0, Math.min(100, percent));
    HTMLElement bar = Dom.byId(ID);
    bar.setAttribute("value", Integer.toString(clamped));
    bar.setHidden(false);
    StatusLine.info(step + " " + clamped + "%");
  }

  static void done() {
    Dom.hide(ID);
  }
}

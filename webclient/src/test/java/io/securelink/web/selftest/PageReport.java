package io.securelink.web.selftest;

import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Writes the self-test's lines into the page's {@code <pre id="report">} and marks the body
 * {@code data-selftest="done"} at the end, which is what the JVM side waits for.
 */
final class PageReport implements CheckRunner.Sink {

  private final HTMLDocument document = Window.current().getDocument();
  private final HTMLElement report = document.getElementById("report");

  @Override
  public void line(String line) {
    report.appendChild(document.createTextNode(line + "\n"));
  }

  void markDone() {
    document.getBody().setAttribute("data-selftest", "done");
  }
}

package io.securelink.web;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/** Finds the page's elements by their stable ids; a missing id is a broken page, reported as such. */
final class Dom {

  private Dom() {}

  /** Returns the element with {@code id}, cast to what the caller expects. */
  @SuppressWarnings("unchecked")
  static <T extends HTMLElement> T byId(String id) {
    HTMLElement element = HTMLDocument.current().getElementById(id);
    if (element == null) {
      throw new IllegalStateException("index.html has no element #" + id);
    }
    return (T) element;
  }

  static void show(String id) {
    byId(id).setHidden(false);
  }

  static void hide(String id) {
    byId(id).setHidden(true);
  }

  /** Sets the text of element {@code id}; text, never markup, so nothing from the server or a secret runs. */
  static void text(String id, String text) {
    byId(id).setTextContent(text);
  }
}

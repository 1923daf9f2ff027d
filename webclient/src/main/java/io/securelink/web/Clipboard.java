package io.securelink.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * Writes text to the clipboard and reports whether the browser really accepted it: the copy buttons say
 * "Copied" only then. Call it straight from the click listener, where the browser grants clipboard access.
 */
final class Clipboard {

  /** Told once whether the write succeeded. */
  @JSFunctor
  interface Result extends JSObject {
    void written(boolean succeeded);
  }

  private Clipboard() {}

  @JSBody(
      params = {"text", "result"},
      script = "try {"
          + " if (!navigator.clipboard || !navigator.clipboard.writeText) { result(false); return; }"
          + " navigator.clipboard.writeText(text).then(function() { result(true); }, function() { result(false); });"
          + " } catch (e) { result(false); }")
  static native void write(String text, Result result);
}

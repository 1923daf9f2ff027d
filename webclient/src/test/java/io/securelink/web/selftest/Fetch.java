package io.securelink.web.selftest;

import org.teavm.jso.JSBody;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSString;

/** Loads a text file from the self-test's server. */
final class Fetch {

  /** Marks a failed load in the promised string: a rejected promise would not say why it failed. */
  private static final char FAILED = '!';

  private Fetch() {}

  /** Returns the body of {@code url}, suspending the calling TeaVM thread; fails unless the status is 200. */
  static String text(String url) {
    String marked = get(url).await().stringValue();
    if (marked.charAt(0) == FAILED) {
      throw new IllegalStateException("could not load " + url + ": " + marked.substring(1));
    }
    return marked.substring(1);
  }

  @JSBody(
      params = "url",
      script = "return fetch(url, {cache: 'no-store'}).then("
          + "function(response) { return response.status === 200 ? response.text().then("
          + "function(text) { return '+' + text; }) : '!HTTP ' + response.status; },"
          + "function(error) { return '!' + error; });")
  private static native JSPromise<JSString> get(String url);
}

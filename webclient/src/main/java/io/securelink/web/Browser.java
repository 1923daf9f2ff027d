package io.securelink.web;

import org.teavm.jso.JSBody;

/** The few window facts and actions the page needs that TeaVM's JSO wrappers do not spell directly. */
final class Browser {

  private Browser() {}

  /** Returns the address's fragment with its {@code #}, or "" when there is none. */
  @JSBody(script = "return window.location.hash || '';")
  static native String fragment();

  /** Returns {@code scheme://host[:port]} of this page. */
  @JSBody(script = "return window.location.origin;")
  static native String origin();

  /**
   * Removes the fragment from the address bar and the session history entry, so the key does not linger in the
   * history once the secret is read (or known to be gone). No reload, no request.
   */
  @JSBody(script = "history.replaceState(null, '', location.pathname + location.search);")
  static native void removeFragment();

  /** Reloads the page when another link is pasted into this tab's address bar. */
  @JSBody(script = "window.addEventListener('hashchange', function() { location.reload(); });")
  static native void reloadOnHashChange();

  /** Returns an ISO-8601 instant in the reader's own time zone and format, or the input if it does not parse. */
  @JSBody(
      params = "iso",
      script = "var d = new Date(iso); return isNaN(d.getTime()) ? iso : d.toLocaleString();")
  static native String localTime(String iso);
}

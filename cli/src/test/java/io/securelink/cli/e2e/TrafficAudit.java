package io.securelink.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Asserts that nothing secret left the browser: no request URL, header or body, and no line of the server's log,
 * carries the link's fragment, its key, a passphrase or the plaintext, spelled as is or percent-encoded.
 * Requests whose body Chrome did not record fail the audit unless the test names them as unverifiable.
 */
public final class TrafficAudit {

  /** Shorter secrets would match by chance (a plaintext "a" is in every request). */
  private static final int MIN_SECRET_CHARS = 4;

  private final Map<String, String> secrets = new LinkedHashMap<>();

  /** Adds a value that must never be seen, under a name the failure message uses instead of the value. */
  public TrafficAudit forbid(String name, String value) {
    if (value.length() < MIN_SECRET_CHARS) {
      throw new IllegalArgumentException(name + " is too short to search for");
    }
    secrets.put(name, value);
    secrets.put(name + " (percent-encoded)", URLEncoder.encode(value, StandardCharsets.UTF_8));
    return this;
  }

  /** Adds the link's fragment, its 48 key characters and their first 40 (any spelling that starts the same). */
  public TrafficAudit forbidLink(String link) {
    String fragment = link.substring(link.indexOf('#') + 1);
    forbid("fragment", fragment);
    String key = fragment.substring(fragment.indexOf('.') + 1);
    forbid("link key", key);
    forbid("link key prefix", key.substring(0, 40));
    return this;
  }

  /** Adds a plaintext, and each of its lines long enough to search, since a body may escape line breaks. */
  public TrafficAudit forbidPlaintext(String plaintext) {
    forbid("plaintext", plaintext);
    int line = 0;
    for (String part : plaintext.split("[\\r\\n\\u0000]+")) {
      if (part.strip().length() >= MIN_SECRET_CHARS + 2) {
        forbid("plaintext line " + (++line), part);
      }
    }
    return this;
  }

  /** Fails if any request or log line carries a forbidden value; returns the API requests for further checks. */
  public List<BrowserRequest> check(List<BrowserRequest> requests, List<String> serverLog) {
    assertTrue(!secrets.isEmpty(), "the audit has nothing to look for");
    List<String> leaks = new ArrayList<>();
    List<BrowserRequest> api = new ArrayList<>();
    for (BrowserRequest request : requests) {
      if (!request.isBodyRecorded()) {
        fail("Chrome did not record the body of " + request.method() + " " + request.path()
            + ": the audit cannot vouch for it");
      }
      scan("URL of " + request, request.url(), leaks);
      request.headers().forEach((name, value) -> scan("header " + name + " of " + request, value, leaks));
      if (request.body() != null) {
        scan("body of " + request.method() + " " + request.path(), request.body(), leaks);
      }
      if (request.isApi()) {
        api.add(request);
      }
    }
    for (String line : serverLog) {
      scan("server log", line, leaks);
    }
    if (!leaks.isEmpty()) {
      fail("secret material left the browser: " + leaks);
    }
    return api;
  }

  private void scan(String where, String text, List<String> leaks) {
    secrets.forEach((name, value) -> {
      if (text.contains(value)) {
        leaks.add(name + " in " + where.replace(value, "<" + name + ">"));
      }
    });
  }
}

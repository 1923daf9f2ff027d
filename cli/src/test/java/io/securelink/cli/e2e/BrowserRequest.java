package io.securelink.cli.e2e;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.json.Json;

/**
 * One request as Chromium was about to send it ({@code Network.requestWillBeSent}): what a network observer,
 * the server or a proxy could see. {@link #isBodyRecorded} is false when Chrome left a body out of its log; an
 * audit must then treat the request as unverified rather than clean.
 */
public final class BrowserRequest {

  private final String method;
  private final String url;
  private final Map<String, String> headers;
  private final String body;
  private final boolean bodyRecorded;

  private BrowserRequest(String method, String url, Map<String, String> headers, String body, boolean bodyRecorded) {
    this.method = method;
    this.url = url;
    this.headers = headers;
    this.body = body;
    this.bodyRecorded = bodyRecorded;
  }

  /**
   * Returns the request in a performance log message as Chromium writes it (JSON text), or null when the message
   * is about something else. Selenium's reader parses it: DevTools messages carry fractional timestamps, which
   * SecureLink's integers-only {@code io.securelink.core.Json} rightly refuses.
   */
  static BrowserRequest fromPerformanceLog(String message) {
    return fromPerformanceLog(new Json().<Map<String, Object>>toType(message, Json.MAP_TYPE));
  }

  /** Returns the request in a parsed performance log message, or null when the message is about something else. */
  @SuppressWarnings("unchecked")
  static BrowserRequest fromPerformanceLog(Map<String, Object> entry) {
    Map<String, Object> message = (Map<String, Object>) entry.get("message");
    if (message == null || !"Network.requestWillBeSent".equals(message.get("method"))) {
      return null;
    }
    Map<String, Object> request = (Map<String, Object>) ((Map<String, Object>) message.get("params")).get("request");
    Map<String, String> headers = new LinkedHashMap<>();
    Object rawHeaders = request.get("headers");
    if (rawHeaders instanceof Map) {
      ((Map<String, Object>) rawHeaders).forEach((name, value) -> headers.put(name, String.valueOf(value)));
    }
    boolean hasBody = Boolean.TRUE.equals(request.get("hasPostData"));
    String body = bodyOf(request);
    return new BrowserRequest((String) request.get("method"), (String) request.get("url"), headers,
        body, !hasBody || body != null);
  }

  /** Chrome gives small bodies as postData, larger ones only as postDataEntries (base64 bytes) or not at all. */
  @SuppressWarnings("unchecked")
  private static String bodyOf(Map<String, Object> request) {
    if (request.get("postData") instanceof String) {
      return (String) request.get("postData");
    }
    Object entries = request.get("postDataEntries");
    if (!(entries instanceof List) || ((List<Object>) entries).isEmpty()) {
      return null;
    }
    StringBuilder body = new StringBuilder();
    for (Object part : (List<Object>) entries) {
      Object bytes = ((Map<String, Object>) part).get("bytes");
      if (!(bytes instanceof String)) {
        return null;
      }
      body.append(new String(java.util.Base64.getDecoder().decode((String) bytes),
          java.nio.charset.StandardCharsets.UTF_8));
    }
    return body.toString();
  }

  public String method() {
    return method;
  }

  public String url() {
    return url;
  }

  public Map<String, String> headers() {
    return headers;
  }

  /** Returns the body, or null when there is none or it was not recorded. */
  public String body() {
    return body;
  }

  public boolean isBodyRecorded() {
    return bodyRecorded;
  }

  /** Returns the URL's path, without scheme, host, query or fragment. */
  public String path() {
    String rest = url.substring(url.indexOf("//") + 2);
    int slash = rest.indexOf('/');
    String path = slash < 0 ? "/" : rest.substring(slash);
    int end = path.length();
    for (char stop : new char[] {'?', '#'}) {
      int at = path.indexOf(stop);
      if (at >= 0) {
        end = Math.min(end, at);
      }
    }
    return path.substring(0, end);
  }

  /** Returns whether this request went to the API (as opposed to the page's static files). */
  public boolean isApi() {
    return path().startsWith("/api/");
  }

  @Override
  public String toString() {
    return method + " " + url;
  }
}

package io.securelink.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;
import org.opentest4j.AssertionFailedError;

/** The audit must catch each way a secret could leave, or the browser tests' clean results would mean nothing. */
class TrafficAuditTest {

  private static final String LINK = "http://127.0.0.1:1/#v1.AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIj";
  private static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIj";

  private static TrafficAudit audit() {
    return new TrafficAudit().forbidLink(LINK).forbidPlaintext("Grüße, Jörg\r\nsecond line").forbid("passphrase", "hunter22");
  }

  @Test
  void cleanTrafficPassesAndApiRequestsAreReturned() {
    List<BrowserRequest> api = audit().check(List.of(
        request("GET", "http://127.0.0.1:1/", Map.of("Accept", "text/html"), null),
        request("POST", "http://127.0.0.1:1/api/secrets/x/reveal", Map.of(), "{\"proof\":\"abc\"}")),
        List.of("{\"event\":\"request\",\"route\":\"POST /api/secrets/{id}/reveal\",\"status\":200}"));
    assertEquals(1, api.size());
    assertEquals("/api/secrets/x/reveal", api.get(0).path());
  }

  @Test
  void catchesTheKeyInAUrl() {
    assertLeak(List.of(request("GET", "http://127.0.0.1:1/?k=" + KEY, Map.of(), null)), List.of());
  }

  @Test
  void catchesTheFragmentInAHeader() {
    assertLeak(List.of(request("GET", "http://127.0.0.1:1/", Map.of("Referer", LINK), null)), List.of());
  }

  @Test
  void catchesAPercentEncodedPlaintextInABody() {
    assertLeak(List.of(request("POST", "http://127.0.0.1:1/api/secrets", Map.of(),
        "text=Gr%C3%BC%C3%9Fe%2C+J%C3%B6rg%0D%0Asecond+line")), List.of());
  }

  @Test
  void catchesOneLineOfAPlaintextWhoseLineBreakWasEscaped() {
    assertLeak(List.of(request("POST", "http://127.0.0.1:1/api/secrets", Map.of(),
        "{\"text\":\"Grüße, Jörg\\r\\nsecond line\"}")), List.of());
  }

  @Test
  void catchesAPassphraseInTheServerLog() {
    assertLeak(List.of(), List.of("{\"event\":\"request\",\"note\":\"hunter22\"}"));
  }

  @Test
  void aBodyChromeDidNotRecordFailsTheAudit() {
    Map<String, Object> request = requestMap("POST", "http://127.0.0.1:1/api/secrets", Map.of(), null);
    request.put("hasPostData", true);
    BrowserRequest unrecorded = BrowserRequest.fromPerformanceLog(wrap(request));
    assertFalse(unrecorded.isBodyRecorded());
    assertThrows(AssertionFailedError.class, () -> audit().check(List.of(unrecorded), List.of()));
  }

  @Test
  void otherPerformanceLogEventsAreNotRequests() {
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("method", "Network.responseReceived");
    message.put("params", Map.of());
    assertEquals(null, BrowserRequest.fromPerformanceLog(Map.of("message", message)));
  }

  private static void assertLeak(List<BrowserRequest> requests, List<String> log) {
    AssertionFailedError failure =
        assertThrows(AssertionFailedError.class, () -> audit().check(requests, log));
    assertTrue(failure.getMessage().startsWith("secret material left the browser"), failure.getMessage());
    assertFalse(failure.getMessage().contains(KEY), "the failure message must not repeat the secret");
    assertFalse(failure.getMessage().contains("hunter22"), "the failure message must not repeat the secret");
  }

  private static BrowserRequest request(String method, String url, Map<String, String> headers, String body) {
    Map<String, Object> request = requestMap(method, url, headers, body);
    // Round trip through JSON text, as the performance log arrives.
    return BrowserRequest.fromPerformanceLog(new Json().toJson(wrap(request)));
  }

  private static Map<String, Object> requestMap(String method, String url, Map<String, String> headers, String body) {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("method", method);
    request.put("url", url);
    request.put("headers", new LinkedHashMap<>(headers));
    if (body != null) {
      request.put("hasPostData", true);
      request.put("postData", body);
    }
    return request;
  }

  private static Map<String, Object> wrap(Map<String, Object> request) {
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("method", "Network.requestWillBeSent");
    // DevTools timestamps are fractional seconds: the log reader must take them.
    message.put("params", Map.of("request", request, "timestamp", 41723.456789, "wallTime", 1.7649e9));
    return Map.of("message", message);
  }
}

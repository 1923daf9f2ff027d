package io.securelink.cli.hardening;

import io.securelink.backend.SecurityHeaders;
import io.securelink.cli.RawHttp;
import io.securelink.core.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What a right answer to a fuzzed request looks like, checked byte for byte: the exact security headers for
 * its handler, the API's documented JSON error with a code from the contract, a well-formed static 404, no 5xx,
 * no hang, and nothing of the request (its marker) or of files outside the site echoed back.
 *
 * <p>Requests malformed at the HTTP level may instead be refused by the JDK's own parser, before any SecureLink
 * code runs: that answer is recognised by its fixed text and counted apart, never accepted for a well-formed
 * request.
 */
final class ResponseRules {

  private static final Set<Integer> API_STATUSES = Set.of(200, 201, 204, 400, 403, 404, 405, 409, 413, 415);
  private static final Set<Integer> SITE_STATUSES = Set.of(200, 404, 405);
  private static final Set<Integer> PARSER_STATUSES = Set.of(400, 404, 501);
  /** The JDK's own refusals: "<h1>400 Bad Request</h1>Bad request line" and its siblings. */
  private static final Pattern PARSER_REFUSAL = Pattern.compile("<h1>\\d{3} [A-Za-z ]+</h1>[A-Za-z -]+");
  private static final String API_JSON = "application/json; charset=utf-8";
  private static final String HTML = "text/html; charset=utf-8";
  /** Bytes of files the server must never hand out: /etc/passwd, logback.xml, a class file, a manifest. */
  private static final List<String> FORBIDDEN_CONTENT =
      List.of("root:x:0:0", "<configuration>", "\u00ca\u00fe\u00ba\u00be", "Manifest-Version");

  /** How an answer was judged. */
  enum Verdict { SECURELINK, PARSER_REFUSAL, CLOSED_BY_PARSER }

  private final Set<String> errorCodes;
  private final List<String> forbiddenContent;

  /** @param canaries contents of files outside the data directory that must never appear in an answer */
  ResponseRules(Set<String> errorCodes, List<String> canaries) {
    this.errorCodes = errorCodes;
    this.forbiddenContent = new ArrayList<>(FORBIDDEN_CONTENT);
    this.forbiddenContent.addAll(canaries);
  }

  /** Returns how the answer was judged; adds every rule it breaks to {@code problems}. */
  Verdict judge(FuzzCase request, RawExchange.Answer answer, List<String> problems) {
    if (answer.timedOut()) {
      problems.add("no answer within " + RawExchange.READ_TIMEOUT_MILLIS + " ms: the server hangs");
      return Verdict.SECURELINK;
    }
    if (answer.closedWithoutResponse()) {
      if (!request.parserMayRefuse()) {
        problems.add("the connection closed without an answer to a well-formed request");
      }
      return Verdict.CLOSED_BY_PARSER;
    }
    RawHttp.Response response = answer.response();
    String body = new String(response.body(), StandardCharsets.ISO_8859_1);
    String bodyUtf8 = response.text();
    if (bodyUtf8.contains(request.marker()) || String.valueOf(response.headers()).contains(request.marker())) {
      problems.add("the answer echoes the request");
    }
    for (String forbidden : forbiddenContent) {
      if (body.contains(forbidden) || bodyUtf8.contains(forbidden)) {
        problems.add("the answer holds content of a file outside the site: " + forbidden.substring(0, 4) + "...");
      }
    }
    if (request.parserMayRefuse() && isParserRefusal(response, request.head())) {
      return Verdict.PARSER_REFUSAL;
    }
    if (response.status() >= 500) {
      problems.add("status " + response.status());
    }
    switch (request.route()) {
      case HOST_REFUSED -> checkHostRefusal(response, problems);
      case API -> checkApi(response, request.head(), problems);
      case SITE -> checkSite(response, request.head(), problems);
    }
    return Verdict.SECURELINK;
  }

  /** Returns whether the JDK's parser wrote this answer: its fixed text, and none of SecureLink's headers. */
  private static boolean isParserRefusal(RawHttp.Response response, boolean head) {
    if (response.header("content-security-policy") != null || !PARSER_STATUSES.contains(response.status())
        || !"text/html".equals(response.header("content-type"))) {
      return false;
    }
    // Even to a HEAD the JDK sends its text; the parser of this test drops a HEAD's body unread.
    return head || PARSER_REFUSAL.matcher(new String(response.body(), StandardCharsets.ISO_8859_1)).matches();
  }

  private static void checkHostRefusal(RawHttp.Response response, List<String> problems) {
    if (response.status() != 403) {
      problems.add("a foreign Host got " + response.status() + ", not 403");
    }
    Map<String, String> expected = SecurityHeaders.api();
    expected.put("Content-Type", "text/plain; charset=utf-8");
    checkHeaders(response, expected, problems);
  }

  private void checkApi(RawHttp.Response response, boolean head, List<String> problems) {
    int status = response.status();
    if (!API_STATUSES.contains(status)) {
      problems.add("the API answered " + status);
    }
    Map<String, String> expected = SecurityHeaders.api();
    expected.put("Content-Type", API_JSON);
    if (status == 405) {
      expected.put("Allow", response.header("allow") == null ? "(missing)" : response.header("allow"));
    }
    checkHeaders(response, expected, problems);
    if (head || status == 204) {
      if (response.body().length != 0) {
        problems.add("a 204 with a body");
      }
      return;
    }
    Map<String, Object> json;
    try {
      json = Json.parseObject(response.text());
    } catch (RuntimeException notJson) {
      problems.add("the API's " + status + " body is not a JSON object");
      return;
    }
    if (status >= 400) {
      Object code = json.get("error");
      if (!errorCodes.contains(code)) {
        problems.add("error code " + code + " is not in docs/openapi.yaml");
      }
      if (!(json.get("message") instanceof String)) {
        problems.add("error without a message");
      }
      Set<String> allowed = Set.of("error", "message", "attemptsLeft");
      if (!allowed.containsAll(json.keySet())) {
        problems.add("error fields " + json.keySet());
      }
    }
  }

  private static void checkSite(RawHttp.Response response, boolean head, List<String> problems) {
    int status = response.status();
    if (!SITE_STATUSES.contains(status)) {
      problems.add("the site answered " + status);
      return;
    }
    String type = status == 200 ? response.header("content-type") : HTML;
    if (type == null || !type.matches("(text|image|application|font)/[a-z0-9.+-]+(; charset=utf-8)?")) {
      problems.add("static content type " + type);
      type = "(missing)";
    }
    Map<String, String> expected = SecurityHeaders.common();
    expected.put("Cache-Control", "no-cache");
    expected.put("Content-Type", type);
    if (status == 405) {
      expected.put("Allow", "GET, HEAD");
    }
    checkHeaders(response, expected, problems);
    String page = status == 405 ? "<h1>Method not allowed</h1>" : "<h1>Not found</h1>";
    if (status != 200 && !head && !response.text().contains(page)) {
      problems.add("a static " + status + " without its page " + page);
    }
  }

  /** Compares all headers but the server's own framing (Date, Content-Length), names case-insensitively. */
  private static void checkHeaders(RawHttp.Response response, Map<String, String> expected, List<String> problems) {
    Map<String, String> want = new TreeMap<>();
    expected.forEach((name, value) -> want.put(name.toLowerCase(Locale.ROOT), value));
    Map<String, String> got = new TreeMap<>(response.headers());
    got.remove("date");
    got.remove("content-length");
    if (!want.equals(got)) {
      Map<String, String> missing = new TreeMap<>(want);
      missing.entrySet().removeAll(got.entrySet());
      Map<String, String> extra = new TreeMap<>(got);
      extra.entrySet().removeAll(want.entrySet());
      problems.add("headers differ: missing or changed " + missing.keySet() + ", unexpected " + extra);
    }
  }
}

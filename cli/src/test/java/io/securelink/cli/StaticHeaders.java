package io.securelink.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.securelink.backend.SecurityHeaders;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The exact header set of a static response: the shared security headers, no-cache, and the media type. */
public final class StaticHeaders {

  private StaticHeaders() {}

  /** Asserts that {@code response} has exactly these headers, apart from Date and Content-Length. */
  public static void assertExact(RawHttp.Response response, String contentType) {
    Map<String, String> expected = new TreeMap<>();
    SecurityHeaders.common().forEach((name, value) -> expected.put(name.toLowerCase(Locale.ROOT), value));
    expected.put("cache-control", "no-cache");
    expected.put("content-type", contentType);
    Map<String, String> actual = new TreeMap<>(response.headers());
    actual.remove("date");
    actual.remove("content-length");
    assertEquals(expected, actual);
  }
}

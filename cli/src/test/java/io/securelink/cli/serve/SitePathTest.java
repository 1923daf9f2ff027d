package io.securelink.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SitePathTest {

  @ParameterizedTest
  @CsvSource({
    "/, index.html",
    "/index.html, index.html",
    "/style.css, style.css",
    "/js/securelink.js, js/securelink.js",
    "/%69ndex.html, index.html",
    "/js/app-1.2_min.js, js/app-1.2_min.js"
  })
  void resolvesPlainNamesOfServedKinds(String rawPath, String expected) {
    assertEquals(Optional.of(expected), SitePath.resolve(rawPath));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "/../index.html",
    "/js/../index.html",
    "/./index.html",
    "/%2e%2e/index.html",
    "/%2E%2E/index.html",
    "/%2e%2e%2findex.html",
    "/js%2f..%2findex.html",
    "/js/%2e%2e/%2e%2e/secret.html",
    "/%252e%252e/index.html",
    "/%252e%252e%252findex.html",
    "/..%5cindex.html",
    "/js\\..\\index.html",
    "/%c0%ae%c0%ae/index.html",
    "/%e0%80%ae%e0%80%ae/index.html",
    "/index.html%00",
    "/index.html%00.js",
    "/%00/index.html",
    "/index%0a.html",
    "//index.html",
    "/js//securelink.js",
    "/js/",
    "/index.html/",
    "/.hidden.html",
    "/js/.securelink.js",
    "/%",
    "/%2",
    "/%zz.html",
    "/index.html?x",
    "/file:///etc/passwd",
    "/C:/index.html",
    "/io/securelink/cli/serve/LocalServer.class",
    "/io/securelink/cli/version.properties",
    "/logback.xml",
    "/META-INF/MANIFEST.MF",
    "/js",
    "/index.",
    "index.html",
    ""
  })
  void refusesEverythingElse(String rawPath) {
    assertEquals(Optional.empty(), SitePath.resolve(rawPath), rawPath);
  }

  @org.junit.jupiter.api.Test
  void refusesOverlongPaths() {
    String segment = "a".repeat(100) + "/";
    assertTrue(SitePath.resolve("/" + segment.repeat(5) + "x.js").isPresent());
    assertEquals(Optional.empty(), SitePath.resolve("/" + segment.repeat(6) + "x.js"));
  }
}

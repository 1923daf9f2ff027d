package io.securelink.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MediaTypesTest {

  @Test
  void namesTheTypesOfThePageFiles() {
    assertEquals(Optional.of("text/html; charset=utf-8"), MediaTypes.of("index.html"));
    assertEquals(Optional.of("text/javascript; charset=utf-8"), MediaTypes.of("js/securelink.js"));
    assertEquals(Optional.of("text/css; charset=utf-8"), MediaTypes.of("style.css"));
    assertEquals(Optional.of("image/svg+xml"), MediaTypes.of("icon.svg"));
    assertEquals(Optional.of("image/png"), MediaTypes.of("ICON.PNG"));
  }

  @Test
  void servesNoOtherKind() {
    assertEquals(Optional.empty(), MediaTypes.of("Main.class"));
    assertEquals(Optional.empty(), MediaTypes.of("version.properties"));
    assertEquals(Optional.empty(), MediaTypes.of("logback.xml"));
    assertEquals(Optional.empty(), MediaTypes.of("README"));
    assertEquals(Optional.empty(), MediaTypes.of("index."));
  }
}

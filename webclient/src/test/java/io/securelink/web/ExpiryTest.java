package io.securelink.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExpiryTest {

  @Test
  void theFiveChoicesParse() {
    assertEquals(300, Expiry.parseSeconds("300"));
    assertEquals(3600, Expiry.parseSeconds("3600"));
    assertEquals(86400, Expiry.parseSeconds("86400"));
    assertEquals(604800, Expiry.parseSeconds("604800"));
    assertEquals(2592000, Expiry.parseSeconds("2592000"));
  }

  @Test
  void anythingElseIsRefused() {
    for (String value : new String[] {"", "0", "60", "86401", "2592001", " 300", "3e2", "-300"}) {
      assertThrows(IllegalArgumentException.class, () -> Expiry.parseSeconds(value), value);
    }
  }

  /** The select in index.html and this class must offer the same values, with one day preselected. */
  @Test
  void indexHtmlOffersExactlyTheseChoices() throws IOException {
    String html = Files.readString(Path.of("src/main/site/index.html"), StandardCharsets.UTF_8);
    String select = html.substring(html.indexOf("<select id=\"expiry-select\">"), html.indexOf("</select>"));
    assertTrue(select.contains("<option value=\"300\">5 minutes</option>"));
    assertTrue(select.contains("<option value=\"3600\">1 hour</option>"));
    assertTrue(select.contains("<option value=\"86400\" selected>1 day</option>"));
    assertTrue(select.contains("<option value=\"604800\">7 days</option>"));
    assertTrue(select.contains("<option value=\"2592000\">30 days</option>"));
    assertEquals(5, select.split("<option").length - 1);
  }
}

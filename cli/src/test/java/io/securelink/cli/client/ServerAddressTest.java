package io.securelink.cli.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Only a bare origin is a server address: nothing a link could smuggle into the request. */
class ServerAddressTest {

  @Test
  void acceptsOriginsWithOrWithoutOneTrailingSlash() {
    assertEquals("https://secrets.example.com", ServerAddress.parse("https://secrets.example.com/").origin());
    assertEquals("http://127.0.0.1:8080", ServerAddress.parse(" http://127.0.0.1:8080 ").origin());
    assertEquals("https://example.com", ServerAddress.parse("HTTPS://example.com").origin());
  }

  @Test
  void refusesAnythingButAnHttpOrigin() {
    for (String bad : new String[] {"ftp://host", "host:8080", "https://", "https://h/path", "https://h/?q=1",
        "https://user:pw@h", "https://h//", "https://h#x", "", "javascript:alert(1)"}) {
      assertThrows(IllegalArgumentException.class, () -> ServerAddress.parse(bad), bad);
    }
  }

  @Test
  void plainHttpIsFlaggedOnlyBeyondThisMachine() {
    assertTrue(ServerAddress.parse("http://192.168.1.5:8080").isPlainHttpOverNetwork());
    assertFalse(ServerAddress.parse("http://127.0.0.1:8080").isPlainHttpOverNetwork());
    assertFalse(ServerAddress.parse("http://localhost:8080").isPlainHttpOverNetwork());
    assertFalse(ServerAddress.parse("https://example.com").isPlainHttpOverNetwork());
  }
}

package io.securelink.cli.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A sender's file name, however hostile, becomes one harmless segment. */
class SafeFileNameTest {

  @Test
  void pathsKeepOnlyTheirLastSegment() {
    assertEquals("passwd", SafeFileName.of("../../etc/passwd"));
    assertEquals("abs", SafeFileName.of("/abs"));
    assertEquals("b", SafeFileName.of("a/b"));
    assertEquals("y.txt", SafeFileName.of("C:\\x\\y.txt"));
    assertEquals("securelink-secret", SafeFileName.of("dir/"));
  }

  @Test
  void dotNamesAndOptionLookalikesLoseTheirLeadingCharacters() {
    assertEquals("securelink-secret", SafeFileName.of(".."));
    assertEquals("securelink-secret", SafeFileName.of("."));
    assertEquals("securelink-secret", SafeFileName.of("..."));
    assertEquals("bashrc", SafeFileName.of(".bashrc"));
    assertEquals("rf", SafeFileName.of("-rf"));
    assertEquals("x", SafeFileName.of(" - . x "));
    assertEquals("securelink-secret", SafeFileName.of(""));
  }

  @Test
  void controlAndBidiCharactersAreDropped() {
    assertEquals("ab", SafeFileName.of("a\u0000b"));
    assertEquals("line1line2", SafeFileName.of("line1\nline2\r"));
    assertEquals("evilgpj.exe", SafeFileName.of("evil\u202Egpj.exe"));
    assertEquals("securelink-secret", SafeFileName.of("\u0000\u001B\u007F"));
  }

  @Test
  void ordinaryNamesAreKeptExactly() {
    for (String name : new String[] {"report.pdf", "Grüße 密码.txt", "a b (1).tar.gz", "x..y", "notes."}) {
      assertEquals(name, SafeFileName.of(name));
    }
  }

  @Test
  void longNamesAreCutAtACharacterBoundaryWithin255Bytes() {
    String name = SafeFileName.of("密".repeat(100));
    assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 255);
    assertEquals("密".repeat(85), name);
  }
}

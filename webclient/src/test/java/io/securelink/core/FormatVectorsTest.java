package io.securelink.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.securelink.core.jce.JceCrypto;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs docs/format-vectors.json against the JCE binding, and shows the suite notices a wrong vector. */
class FormatVectorsTest {

  /** The vector file, relative to webclient/ (surefire's working directory). */
  static final Path VECTORS = Path.of("../docs/format-vectors.json");

  static String vectors() throws IOException {
    assertTrue(Files.isRegularFile(VECTORS), "missing " + VECTORS.toAbsolutePath());
    return new String(Files.readAllBytes(VECTORS), StandardCharsets.UTF_8);
  }

  @Test
  void allVectorsPassWithJce() throws IOException {
    String text = vectors();
    int checked = VectorSuite.run(new JceCrypto(), text);
    System.out.println("format vectors checked with JceCrypto: " + checked);
    assertEquals(entries(text), checked, "every entry of every section is checked");
  }

  /** Returns the number of entries in the file's sections, counted without the suite. */
  private static int entries(String text) {
    int count = 0;
    for (Object section : Json.parseObject(text).values()) {
      if (section instanceof List) {
        count += ((List<?>) section).size();
      }
    }
    return count;
  }

  @Test
  void aChangedExpectedValueFails() throws IOException {
    String text = vectors();
    int at = text.indexOf("\"proofHash\":\"") + "\"proofHash\":\"".length();
    char swapped = text.charAt(at) == 'A' ? 'B' : 'A';
    String changed = text.substring(0, at) + swapped + text.substring(at + 1);
    AssertionError error = assertThrows(AssertionError.class, () -> VectorSuite.run(new JceCrypto(), changed));
    assertTrue(error.getMessage().contains("proofHash differs"), error.getMessage());
  }

  @Test
  void anUnknownMemberFails() throws IOException {
    String changed = vectors().replaceFirst("\"name\":", "\"comment\":\"x\",\"name\":");
    AssertionError error = assertThrows(AssertionError.class, () -> VectorSuite.run(new JceCrypto(), changed));
    assertTrue(error.getMessage().contains("unknown member \"comment\""), error.getMessage());
  }

  @Test
  void aMustFailVectorThatOpensFails() throws IOException {
    String text = vectors();
    // The first must-fail envelope replaced by the valid envelope of the same secret, which opens.
    int sealedEnvelope = text.indexOf("\"envelope\":\"", text.indexOf("\"sealed\"")) + 12;
    String valid = text.substring(sealedEnvelope, text.indexOf('"', sealedEnvelope));
    int invalidEnvelope = text.indexOf("\"envelope\":\"", text.indexOf("\"invalidEnvelopes\"")) + 12;
    String changed = text.substring(0, invalidEnvelope) + valid + text.substring(text.indexOf('"', invalidEnvelope));
    AssertionError error = assertThrows(AssertionError.class, () -> VectorSuite.run(new JceCrypto(), changed));
    assertTrue(error.getMessage().contains("opened, but must be refused"), error.getMessage());
  }
}

package io.securelink.cli.hardening;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The stable error codes, read from the {@code ErrorCode} enum of docs/openapi.yaml, the contract itself. */
final class OpenApiErrorCodes {

  /** The contract, relative to the cli module, where Maven runs its tests. */
  static final Path OPENAPI = Path.of("..", "docs", "openapi.yaml");

  private OpenApiErrorCodes() {}

  /** Returns the codes in the order the contract lists them. */
  static Set<String> load() throws IOException {
    if (!Files.isRegularFile(OPENAPI)) {
      fail(OPENAPI.toAbsolutePath() + " is missing: run the tests from the cli module (mvn -pl cli verify)");
    }
    List<String> lines = Files.readAllLines(OPENAPI);
    int start = lines.indexOf("    ErrorCode:");
    assertTrue(start >= 0, "docs/openapi.yaml has no ErrorCode schema");
    int at = start + 1;
    while (at < lines.size() && !lines.get(at).equals("      enum:")) {
      at++;
    }
    Set<String> codes = new LinkedHashSet<>();
    for (at++; at < lines.size() && lines.get(at).startsWith("        - "); at++) {
      codes.add(lines.get(at).substring("        - ".length()).trim());
    }
    assertTrue(codes.contains("not_found") && codes.contains("invalid_request"), "ErrorCode enum not found: " + codes);
    return codes;
  }
}

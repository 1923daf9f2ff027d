package io.securelink.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the files the check reads: the repository root is the nearest directory, walking up from the working
 * directory, whose pom.xml is the SecureLink parent POM.
 */
final class RepositoryRoot {

  private static final String PARENT_ARTIFACT = "<artifactId>securelink-parent</artifactId>";

  private RepositoryRoot() {}

  /** Returns the repository root, or fails naming where the search started. */
  static Path find() {
    Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (isParentPomDirectory(dir)) {
        return dir;
      }
    }
    throw new IllegalStateException("no SecureLink parent pom.xml found in " + start + " or any directory above it");
  }

  /** Returns template.yaml at the repository root. */
  static Path template() {
    return existing(find().resolve("template.yaml"), "the SAM template");
  }

  /** Returns the AWS SAM JSON schema, kept in shared/ beside the repository (as CI lays it out). */
  static Path samSchema() {
    return existing(
        find().resolve("../shared/schemas/sam.schema.json").normalize(),
        "the AWS SAM schema (shared/schemas/sam.schema.json beside the repository; the check never runs without it)");
  }

  private static Path existing(Path file, String what) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("missing " + what + ": " + file);
    }
    return file;
  }

  private static boolean isParentPomDirectory(Path dir) {
    Path pom = dir.resolve("pom.xml");
    if (!Files.isRegularFile(pom)) {
      return false;
    }
    try {
      // A module's pom names the parent too, inside <parent>; only the parent's own artifactId counts.
      return Files.readString(pom).replaceAll("(?s)<parent>.*?</parent>", "").contains(PARENT_ARTIFACT);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + pom, e);
    }
  }
}

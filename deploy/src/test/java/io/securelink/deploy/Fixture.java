package io.securelink.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** The real template and one loaded check, shared by the test classes (the SAM schema takes a while to load). */
final class Fixture {

  private static TemplateCheck check;
  private static String templateText;

  private Fixture() {}

  static synchronized TemplateCheck check() {
    if (check == null) {
      check = new TemplateCheck(new SchemaCheck(RepositoryRoot.samSchema()));
    }
    return check;
  }

  static synchronized String templateText() {
    if (templateText == null) {
      try {
        templateText = Files.readString(RepositoryRoot.template());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read template.yaml", e);
      }
    }
    return templateText;
  }

  /** Returns the template with the first occurrence of {@code from} replaced; fails when it does not occur. */
  static String mutated(String from, String to) {
    String text = templateText();
    int at = text.indexOf(from);
    if (at < 0) {
      throw new AssertionError("mutation target not in template.yaml: " + from);
    }
    return text.substring(0, at) + to + text.substring(at + from.length());
  }
}

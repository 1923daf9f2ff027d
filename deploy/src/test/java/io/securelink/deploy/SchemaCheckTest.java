package io.securelink.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schema layers reject unknown names on their own, and a missing SAM schema stops the check. */
class SchemaCheckTest {

  private static final String MINIMAL = """
      AWSTemplateFormatVersion: "2010-09-09"
      Transform: AWS::Serverless-2016-10-31
      Resources:
        Logs:
          Type: AWS::Logs::LogGroup
          Properties:
            RetentionInDays: 7
      """;

  private static List<String> schemaViolations(String yaml) {
    return new SchemaCheck(RepositoryRoot.samSchema()).check(Template.parse(yaml));
  }

  @Test
  void minimalTemplateIsValid() {
    assertEquals(List.of(), schemaViolations(MINIMAL));
  }

  @Test
  void samSchemaAloneRejectsAnUnknownFunctionProperty() {
    List<String> violations = schemaViolations(MINIMAL + """
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: java21
              Handlr: x.Y::z
        """);
    assertTrue(violations.stream().anyMatch(v -> v.startsWith("SAM schema:") && v.contains("Handlr")),
        String.join("\n", violations));
  }

  @Test
  void samSchemaRejectsAnUnknownServerlessType() {
    List<String> violations = schemaViolations(MINIMAL + """
          Fn:
            Type: AWS::Serverless::Lambda
        """);
    assertTrue(violations.stream().anyMatch(v -> v.startsWith("SAM schema:")), String.join("\n", violations));
  }

  @Test
  void resourceSchemaRejectsAnUnknownCloudFormationProperty() {
    List<String> violations = schemaViolations(MINIMAL.replace("RetentionInDays: 7", "RetentionDays: 7"));
    assertEquals(1, violations.size(), String.join("\n", violations));
    assertTrue(violations.get(0).startsWith("Resources.Logs (AWS::Logs::LogGroup):")
        && violations.get(0).contains("RetentionDays"), violations.get(0));
  }

  @Test
  void resourceSchemaRejectsAWrongValueType() {
    List<String> violations = schemaViolations(MINIMAL.replace("RetentionInDays: 7", "RetentionInDays: [7]"));
    assertTrue(violations.stream().anyMatch(v -> v.contains("/RetentionInDays")), String.join("\n", violations));
  }

  @Test
  void typeWithoutSchemaIsAnError() {
    List<String> violations = schemaViolations(MINIMAL + """
          Queue:
            Type: AWS::SQS::Queue
        """);
    assertTrue(violations.stream().anyMatch(v -> v.contains("type AWS::SQS::Queue is unknown to this check")),
        String.join("\n", violations));
  }

  @Test
  void missingSamSchemaFailsWithItsPath() {
    Path missing = Path.of("/nonexistent/shared/schemas/sam.schema.json");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> new SchemaCheck(missing));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
  }
}

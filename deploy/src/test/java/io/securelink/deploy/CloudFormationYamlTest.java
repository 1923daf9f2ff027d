package io.securelink.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Short tags become the long forms the schemas describe; anything unexpected in the YAML is an error. */
class CloudFormationYamlTest {

  @Test
  void shortTagsBecomeLongForms() {
    Map<String, Object> parsed = CloudFormationYaml.parse("""
        a: !Ref Bucket
        b: !GetAtt Bucket.Arn
        c: !GetAtt Stack.Outputs.Name
        d: !Sub "${Bucket.Arn}/*"
        e: !If [IsProd, x, !Ref AWS::NoValue]
        f: !Not [!Equals [!Ref Name, ""]]
        g: !Condition IsProd
        h: !Join [",", [x, y]]
        """);
    assertEquals(Map.of("Ref", "Bucket"), parsed.get("a"));
    assertEquals(Map.of("Fn::GetAtt", List.of("Bucket", "Arn")), parsed.get("b"));
    assertEquals(Map.of("Fn::GetAtt", List.of("Stack", "Outputs.Name")), parsed.get("c"));
    assertEquals(Map.of("Fn::Sub", "${Bucket.Arn}/*"), parsed.get("d"));
    assertEquals(Map.of("Fn::If", List.of("IsProd", "x", Map.of("Ref", "AWS::NoValue"))), parsed.get("e"));
    assertEquals(Map.of("Fn::Not", List.of(Map.of("Fn::Equals", List.of(Map.of("Ref", "Name"), "")))),
        parsed.get("f"));
    assertEquals(Map.of("Condition", "IsProd"), parsed.get("g"));
    assertEquals(Map.of("Fn::Join", List.of(",", List.of("x", "y"))), parsed.get("h"));
  }

  @Test
  void unknownTagIsAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CloudFormationYaml.parse("a: !Reff Bucket\n"));
    assertTrue(e.getMessage().contains("!Reff"), e.getMessage());
  }

  @Test
  void duplicateKeyIsAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CloudFormationYaml.parse("Resources:\n  A: {Type: X}\n  A: {Type: Y}\n"));
    assertTrue(e.getMessage().contains("duplicate key"), e.getMessage());
  }
}

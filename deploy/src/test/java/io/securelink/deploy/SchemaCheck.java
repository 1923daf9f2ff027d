package io.securelink.deploy;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates a template against three layers of JSON schema (all draft-04, the draft the SAM schema declares):
 * <ol>
 *   <li>the AWS SAM schema, which knows the {@code AWS::Serverless::*} types and their property names but lets any
 *       other resource type through and passes many values to CloudFormation unchecked;</li>
 *   <li>{@code template.schema.json}: the template's sections, parameters, outputs and resource attributes;</li>
 *   <li>{@code resource-schemas/<Type>.schema.json}: the Properties of each resource type this project uses, every
 *       object closed ({@code additionalProperties: false}). A type without a schema file is an error.</li>
 * </ol>
 */
final class SchemaCheck {

  private static final String RESOURCE_SCHEMAS = "resource-schemas/";

  private final JsonMapper json = JsonMapper.builder().build();
  private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
  private final Schema sam;
  private final Schema sections;
  private final Map<String, Schema> resourceSchemas = new HashMap<>();

  /** Loads the SAM schema from {@code samSchemaFile}; fails when it is missing or not a schema. */
  SchemaCheck(Path samSchemaFile) {
    if (!Files.isRegularFile(samSchemaFile)) {
      throw new IllegalStateException("the AWS SAM schema is missing: " + samSchemaFile);
    }
    try (InputStream in = Files.newInputStream(samSchemaFile)) {
      sam = registry.getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the AWS SAM schema " + samSchemaFile, e);
    }
    sections = registry.getSchema(SchemaLocation.of("classpath:template.schema.json"));
  }

  /** Returns one message per schema violation, each naming the layer and the place in the template. */
  List<String> check(Template template) {
    JsonNode document = json.valueToTree(template.root());
    List<String> violations = new ArrayList<>();
    sam.validate(document).forEach(e -> violations.add("SAM schema: " + describe(e)));
    sections.validate(document).forEach(e -> violations.add("template sections: " + describe(e)));
    template.resources().forEach((name, resource) -> {
      Object type = Tree.at(resource, "Type");
      Schema schema = type instanceof String typeName ? resourceSchema(typeName) : null;
      if (schema == null) {
        violations.add("Resources." + name + ": type " + type + " is unknown to this check (each type needs "
            + "deploy/src/test/resources/" + RESOURCE_SCHEMAS + schemaFileName(String.valueOf(type)) + ")");
        return;
      }
      JsonNode properties = json.valueToTree(Tree.map(Tree.at(resource, "Properties")));
      schema.validate(properties).forEach(e ->
          violations.add("Resources." + name + " (" + type + "): " + describe(e)));
    });
    return violations;
  }

  private Schema resourceSchema(String type) {
    return resourceSchemas.computeIfAbsent(type, t -> {
      String resource = RESOURCE_SCHEMAS + schemaFileName(t);
      if (SchemaCheck.class.getClassLoader().getResource(resource) == null) {
        return null;
      }
      return registry.getSchema(SchemaLocation.of("classpath:" + resource));
    });
  }

  /** "AWS::S3::Bucket" lives in "AWS-S3-Bucket.schema.json". */
  private static String schemaFileName(String type) {
    return type.replace("::", "-") + ".schema.json";
  }

  private static String describe(Error error) {
    return error.getInstanceLocation() + ": " + error.getMessage();
  }
}

package io.securelink.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole offline check of template.yaml: parse, references, then the schemas and the rules on every condition
 * variant. A failure that holds in only some variants names them.
 */
final class TemplateCheck {

  private static final List<TemplateRule> RULES = List.of(
      new FunctionRules(), new ApiRules(), new BucketRules(), new CloudFrontRules(), new SecurityHeadersRules(),
      new OutputRules());

  private final SchemaCheck schemas;

  TemplateCheck(SchemaCheck schemas) {
    this.schemas = schemas;
  }

  /** Returns every violation in the template text; empty when the template passes. */
  List<String> check(String yamlText) {
    Template template;
    try {
      template = Template.parse(yamlText);
    } catch (IllegalArgumentException e) {
      return List.of(e.getMessage());
    }
    List<String> violations = new ArrayList<>(ReferenceCheck.check(template));
    List<ConditionVariants.Variant> variants = ConditionVariants.of(template);
    Map<String, List<String>> variantsByViolation = new LinkedHashMap<>();
    for (ConditionVariants.Variant variant : variants) {
      List<String> found = new ArrayList<>(schemas.check(variant.template()));
      RULES.forEach(rule -> found.addAll(rule.check(variant.template())));
      found.forEach(v -> variantsByViolation.computeIfAbsent(v, k -> new ArrayList<>()).add(variant.label()));
    }
    variantsByViolation.forEach((violation, where) ->
        violations.add(where.size() == variants.size() ? violation : violation + " " + String.join(" ", where)));
    return violations;
  }
}

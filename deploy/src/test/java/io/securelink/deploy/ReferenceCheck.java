package io.securelink.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks what no schema can: every {@code Ref}, {@code Fn::GetAtt}, {@code ${...}} of {@code Fn::Sub}, condition
 * name and {@code DependsOn} names something the template declares. No SAM-generated name (such as
 * {@code ServerlessHttpApi} or {@code ApiFunctionRole}) is allowed: the template declares what it references.
 */
final class ReferenceCheck {

  static final Set<String> PSEUDO_PARAMETERS = Set.of(
      "AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue", "AWS::Partition", "AWS::Region",
      "AWS::StackId", "AWS::StackName", "AWS::URLSuffix");

  /** The Fn::GetAtt attributes of the types this project uses (CloudFormation reference, "Return values"). */
  static final Map<String, Set<String>> ATTRIBUTES = Map.of(
      "AWS::S3::Bucket", Set.of("Arn", "DomainName", "DualStackDomainName", "RegionalDomainName", "WebsiteURL"),
      "AWS::Logs::LogGroup", Set.of("Arn"),
      "AWS::CloudFront::Distribution", Set.of("DomainName", "Id"),
      "AWS::CloudFront::OriginAccessControl", Set.of("Id"),
      "AWS::CloudFront::ResponseHeadersPolicy", Set.of("Id", "LastModifiedTime"),
      "AWS::Serverless::Function", Set.of("Arn"),
      "AWS::Serverless::HttpApi", Set.of("ApiEndpoint"));

  private static final Pattern SUB_PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

  private final Template template;
  private final List<String> violations = new ArrayList<>();

  private ReferenceCheck(Template template) {
    this.template = template;
  }

  /** Returns one message per dangling reference. */
  static List<String> check(Template template) {
    ReferenceCheck check = new ReferenceCheck(template);
    check.walkSection("Resources", true);
    check.walkSection("Outputs", true);
    // Conditions and Rules are evaluated before any resource exists: parameters only.
    check.walkSection("Conditions", false);
    check.walkSection("Rules", false);
    template.resources().forEach((name, resource) -> {
      for (Object dependency : Tree.list(Tree.at(resource, "DependsOn"))) {
        if (!template.resources().containsKey(String.valueOf(dependency))) {
          check.violations.add("Resources." + name + ".DependsOn: " + dependency + " is no resource");
        }
      }
      check.condition("Resources." + name + ".Condition", Tree.at(resource, "Condition"));
    });
    Tree.map(template.root().get("Outputs")).forEach((name, output) ->
        check.condition("Outputs." + name + ".Condition", Tree.at(output, "Condition")));
    return check.violations;
  }

  private void walkSection(String section, boolean resourcesVisible) {
    walk(template.root().get(section), section, resourcesVisible);
  }

  private void walk(Object node, String path, boolean resourcesVisible) {
    if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), path + "[" + i + "]", resourcesVisible);
      }
      return;
    }
    if (!(node instanceof Map<?, ?> map)) {
      return;
    }
    if (map.size() == 1 && intrinsic(map, path, resourcesVisible)) {
      return;
    }
    map.forEach((key, value) -> walk(value, path + "." + key, resourcesVisible));
  }

  /** Checks a one-key map that is an intrinsic function; returns false when it is an ordinary map. */
  private boolean intrinsic(Map<?, ?> map, String path, boolean resourcesVisible) {
    Map.Entry<?, ?> only = map.entrySet().iterator().next();
    Object argument = only.getValue();
    switch (String.valueOf(only.getKey())) {
      case "Ref" -> ref(path, String.valueOf(argument), resourcesVisible);
      case "Fn::GetAtt" -> getAtt(path, Tree.list(argument), resourcesVisible);
      case "Fn::Sub" -> sub(path, argument, resourcesVisible);
      case "Condition" -> condition(path, argument);
      case "Fn::If" -> {
        List<Object> arguments = Tree.list(argument);
        if (arguments.size() != 3) {
          violations.add(path + ": Fn::If takes [condition, value if true, value if false]");
        } else {
          condition(path, arguments.get(0));
          walk(arguments.get(1), path, resourcesVisible);
          walk(arguments.get(2), path, resourcesVisible);
        }
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  private void ref(String path, String target, boolean resourcesVisible) {
    boolean known = PSEUDO_PARAMETERS.contains(target) || template.parameters().containsKey(target)
        || (resourcesVisible && template.resources().containsKey(target));
    if (!known) {
      violations.add(path + ": Ref " + target + " names no " + (resourcesVisible ? "resource, " : "")
          + "parameter or pseudo-parameter");
    }
  }

  private void getAtt(String path, List<Object> arguments, boolean resourcesVisible) {
    if (arguments.size() != 2 || !(arguments.get(0) instanceof String resource)
        || !(arguments.get(1) instanceof String attribute)) {
      violations.add(path + ": Fn::GetAtt takes [resource, attribute], got " + arguments);
      return;
    }
    String type = template.typeOf(resource);
    if (!resourcesVisible || type == null) {
      violations.add(path + ": GetAtt " + resource + "." + attribute + " names no resource");
    } else if (!ATTRIBUTES.getOrDefault(type, Set.of()).contains(attribute)) {
      violations.add(path + ": GetAtt " + resource + "." + attribute + ": " + type + " has no attribute "
          + attribute + " known to this check");
    }
  }

  private void sub(String path, Object argument, boolean resourcesVisible) {
    List<Object> arguments = Tree.list(argument);
    if (!(arguments.get(0) instanceof String text) || arguments.size() > 2) {
      violations.add(path + ": Fn::Sub takes a string or [string, variables]");
      return;
    }
    Map<String, Object> variables = arguments.size() == 2 ? Tree.map(arguments.get(1)) : Map.of();
    variables.forEach((name, value) -> walk(value, path + "." + name, resourcesVisible));
    Matcher placeholder = SUB_PLACEHOLDER.matcher(text);
    while (placeholder.find()) {
      String name = placeholder.group(1);
      if (name.startsWith("!") || variables.containsKey(name)) {
        continue; // ${!Literal} is an escape; local variables are defined right here
      }
      int dot = name.indexOf('.');
      if (dot < 0) {
        ref(path, name, resourcesVisible);
      } else {
        getAtt(path, List.of(name.substring(0, dot), name.substring(dot + 1)), resourcesVisible);
      }
    }
  }

  private void condition(String path, Object name) {
    if (name != null && !Tree.map(template.root().get("Conditions")).containsKey(String.valueOf(name))) {
      violations.add(path + ": condition " + name + " is not declared under Conditions");
    }
  }
}

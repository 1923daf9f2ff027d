package io.securelink.deploy;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Lambda function: the artifact Maven builds, the runtime, SnapStart on published versions, the environment
 * the backend reads, a least-privilege policy, and routes only from the template's own HTTP API.
 */
final class FunctionRules implements TemplateRule {

  static final String CODE_URI = "backend/target/securelink-lambda.zip";
  static final String HANDLER = "io.securelink.backend.LambdaHandler::handleRequest";
  static final Set<String> RUNTIMES = Set.of("java21", "java25");
  static final Set<String> ALLOWED_ACTIONS = Set.of("s3:PutObject", "s3:GetObject", "s3:DeleteObject");
  static final Set<String> ENVIRONMENT = Set.of(
      "SECURELINK_BUCKET", "SECURELINK_MIN_TTL", "SECURELINK_MAX_TTL", "SECURELINK_MAX_BYTES");

  @Override
  public List<String> check(Template template) {
    Findings findings = new Findings();
    Map<String, Map<String, Object>> functions = template.resourcesOfType("AWS::Serverless::Function");
    if (!findings.require(functions.size() == 1, "expected exactly one AWS::Serverless::Function, found "
        + functions.keySet())) {
      return findings.messages();
    }
    String name = functions.keySet().iterator().next();
    String at = "Resources." + name + ".Properties.";
    findings.require(CODE_URI.equals(template.property(name, "CodeUri")), at + "CodeUri must be " + CODE_URI);
    findings.require(HANDLER.equals(template.property(name, "Handler")), at + "Handler must be " + HANDLER);
    findings.require(RUNTIMES.contains(template.property(name, "Runtime")), at + "Runtime must be one of "
        + RUNTIMES);
    findings.require("PublishedVersions".equals(template.property(name, "SnapStart", "ApplyOn")),
        at + "SnapStart.ApplyOn must be PublishedVersions");
    findings.require(template.property(name, "AutoPublishAlias") instanceof String alias && !alias.isBlank(),
        at + "AutoPublishAlias must be set: SnapStart only applies to published versions");
    findings.require(template.isParameterRef(template.property(name, "MemorySize")),
        at + "MemorySize must come from a parameter");
    findings.require(template.isParameterRef(template.property(name, "Timeout")),
        at + "Timeout must come from a parameter");
    checkEnvironment(template, name, at, findings);
    checkPolicy(template, name, at, findings);
    checkEvents(template, name, at, findings);
    return findings.messages();
  }

  private static void checkEnvironment(Template template, String name, String at, Findings findings) {
    Map<String, Object> variables = Tree.map(template.property(name, "Environment", "Variables"));
    findings.require(variables.keySet().equals(ENVIRONMENT), at + "Environment.Variables must be exactly "
        + ENVIRONMENT + ", found " + variables.keySet());
    String bucket = Tree.refTarget(variables.get("SECURELINK_BUCKET"));
    findings.require("AWS::S3::Bucket".equals(template.typeOf(bucket)),
        at + "SECURELINK_BUCKET must be a Ref to the template's ciphertext bucket");
    for (String limit : List.of("SECURELINK_MIN_TTL", "SECURELINK_MAX_TTL", "SECURELINK_MAX_BYTES")) {
      findings.require(template.isParameterRef(variables.get(limit)), at + limit + " must come from a parameter");
    }
  }

  /** Exactly one statement: Allow the three object actions on secrets/* and claims/* of the ciphertext bucket. */
  private static void checkPolicy(Template template, String name, String at, Findings findings) {
    List<Object> policies = Tree.list(template.property(name, "Policies"));
    List<Object> statements = Tree.list(Tree.at(policies.isEmpty() ? null : policies.get(0), "Statement"));
    if (!findings.require(policies.size() == 1 && statements.size() == 1,
        at + "Policies must be one inline policy with one statement (least privilege), found " + policies)) {
      return;
    }
    Map<String, Object> statement = Tree.map(statements.get(0));
    String bucket = template.ciphertextBucket();
    Set<Object> expectedResources = Set.of(
        Map.of("Fn::Sub", "${" + bucket + ".Arn}/secrets/*"), Map.of("Fn::Sub", "${" + bucket + ".Arn}/claims/*"));
    findings.require(Set.of("Effect", "Action", "Resource").containsAll(statement.keySet()) ,
        at + "the policy statement may hold only Effect, Action and Resource, found " + statement.keySet());
    findings.require("Allow".equals(statement.get("Effect")), at + "the policy statement must Allow");
    List<Object> actions = Tree.list(statement.get("Action"));
    findings.require(actions.size() == ALLOWED_ACTIONS.size() && Set.copyOf(actions).equals(ALLOWED_ACTIONS),
        at + "the policy must allow exactly " + ALLOWED_ACTIONS + ", found " + actions);
    List<Object> resources = Tree.list(statement.get("Resource"));
    findings.require(resources.size() == 2 && Set.copyOf(resources).equals(expectedResources),
        at + "the policy must cover exactly " + bucket + "'s secrets/* and claims/*, found " + resources);
  }

  /** Every event is a route of the template's own HttpApi, never SAM's implicit ServerlessHttpApi. */
  private static void checkEvents(Template template, String name, String at, Findings findings) {
    Map<String, Object> events = Tree.map(template.property(name, "Events"));
    findings.require(!events.isEmpty(), at + "Events must route the HTTP API to the function");
    events.forEach((event, definition) -> {
      String api = Tree.refTarget(Tree.at(definition, "Properties", "ApiId"));
      findings.require("HttpApi".equals(Tree.at(definition, "Type"))
              && "AWS::Serverless::HttpApi".equals(template.typeOf(api)),
          at + "Events." + event + " must be an HttpApi event with ApiId: !Ref <the template's HttpApi>");
    });
  }
}

package io.securelink.deploy;

import java.util.List;
import java.util.Map;

/**
 * The HTTP API and the logs: default-route throttling and log retention come from parameters, the API writes
 * access logs and the function writes to a log group of the template's own, and there is no CORS (the page and
 * the API share CloudFront's origin).
 */
final class ApiRules implements TemplateRule {

  @Override
  public List<String> check(Template template) {
    Findings findings = new Findings();
    Map<String, Map<String, Object>> apis = template.resourcesOfType("AWS::Serverless::HttpApi");
    if (!findings.require(apis.size() == 1, "expected exactly one AWS::Serverless::HttpApi, found "
        + apis.keySet())) {
      return findings.messages();
    }
    String api = apis.keySet().iterator().next();
    String at = "Resources." + api + ".Properties.";
    for (String limit : List.of("ThrottlingBurstLimit", "ThrottlingRateLimit")) {
      findings.require(template.isParameterRef(template.property(api, "DefaultRouteSettings", limit)),
          at + "DefaultRouteSettings." + limit + " must come from a parameter");
    }
    findings.require(template.property(api, "CorsConfiguration") == null,
        at + "CorsConfiguration must be absent: page and API share one origin");
    List<Object> destination = Tree.list(Tree.intrinsic(template.property(api, "AccessLogSettings",
        "DestinationArn"), "Fn::GetAtt"));
    String accessLogs = destination.size() == 2 && "Arn".equals(destination.get(1))
        ? String.valueOf(destination.get(0)) : null;
    requireRetainedLogGroup(template, accessLogs, at + "AccessLogSettings.DestinationArn", findings);

    template.resourcesOfType("AWS::Serverless::Function").keySet().forEach(function ->
        requireRetainedLogGroup(template, Tree.refTarget(template.property(function, "LoggingConfig", "LogGroup")),
            "Resources." + function + ".Properties.LoggingConfig.LogGroup", findings));
    return findings.messages();
  }

  /** The log group must be the template's, with its retention from a parameter, so logs do not pile up forever. */
  private static void requireRetainedLogGroup(Template template, String logGroup, String at, Findings findings) {
    findings.require("AWS::Logs::LogGroup".equals(template.typeOf(logGroup))
            && template.isParameterRef(template.property(logGroup, "RetentionInDays")),
        at + " must name a template AWS::Logs::LogGroup whose RetentionInDays comes from a parameter");
  }
}

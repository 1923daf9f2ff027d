package io.securelink.deploy;

import io.securelink.backend.SecurityHeaders;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The response headers policy sends exactly what {@link SecurityHeaders#common()} defines (the headers the API
 * and {@code securelink serve} send), every one overriding the origin's, plus HSTS.
 */
final class SecurityHeadersRules implements TemplateRule {

  static final String HSTS = "Strict-Transport-Security";
  /** One year, the least HSTS preload lists accept. */
  static final long MIN_HSTS_SECONDS = 31_536_000;

  @Override
  public List<String> check(Template template) {
    Findings findings = new Findings();
    Map<String, Map<String, Object>> policies = template.resourcesOfType("AWS::CloudFront::ResponseHeadersPolicy");
    if (!findings.require(policies.size() == 1, "expected exactly one AWS::CloudFront::ResponseHeadersPolicy, found "
        + policies.keySet())) {
      return findings.messages();
    }
    String policy = policies.keySet().iterator().next();
    String at = "Resources." + policy + ": ";
    Object config = template.property(policy, "ResponseHeadersPolicyConfig");
    Map<String, String> sent = headersSent(config, at, findings);

    Object hsts = Tree.at(config, "SecurityHeadersConfig", "StrictTransportSecurity");
    findings.require(Tree.at(hsts, "AccessControlMaxAgeSec") instanceof Number maxAge
            && maxAge.longValue() >= MIN_HSTS_SECONDS && Boolean.TRUE.equals(Tree.at(hsts, "IncludeSubdomains")),
        at + HSTS + " must have a max-age of at least " + MIN_HSTS_SECONDS + " s and includeSubDomains");
    sent.remove(HSTS);

    Map<String, String> expected = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    expected.putAll(SecurityHeaders.common());
    expected.forEach((header, value) -> findings.require(value.equals(sent.get(header)),
        at + "header " + header + " is " + quoted(sent.get(header)) + " in the template but SecurityHeaders says "
            + quoted(value)));
    sent.keySet().stream().filter(header -> !expected.containsKey(header)).forEach(header ->
        findings.require(false, at + "header " + header + " is not one of SecurityHeaders'"));
    return findings.messages();
  }

  /** Returns the headers the policy makes CloudFront send, by name; records any that would not override. */
  private static Map<String, String> headersSent(Object config, String at, Findings findings) {
    Map<String, String> sent = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    Object security = Tree.at(config, "SecurityHeadersConfig");
    putIfPresent(sent, HSTS, Tree.at(security, "StrictTransportSecurity"), "present");
    putIfPresent(sent, "Content-Security-Policy", Tree.at(security, "ContentSecurityPolicy"),
        Tree.at(security, "ContentSecurityPolicy", "ContentSecurityPolicy"));
    putIfPresent(sent, "Referrer-Policy", Tree.at(security, "ReferrerPolicy"),
        Tree.at(security, "ReferrerPolicy", "ReferrerPolicy"));
    putIfPresent(sent, "X-Content-Type-Options", Tree.at(security, "ContentTypeOptions"), "nosniff");
    putIfPresent(sent, "X-Frame-Options", Tree.at(security, "FrameOptions"),
        Tree.at(security, "FrameOptions", "FrameOption"));
    Tree.map(security).forEach((name, setting) -> findings.require(Boolean.TRUE.equals(Tree.at(setting, "Override")),
        at + "SecurityHeadersConfig." + name + ".Override must be true"));
    for (Object item : Tree.list(Tree.at(config, "CustomHeadersConfig", "Items"))) {
      String header = String.valueOf(Tree.at(item, "Header"));
      findings.require(sent.put(header, String.valueOf(Tree.at(item, "Value"))) == null,
          at + "header " + header + " is set twice");
      findings.require(Boolean.TRUE.equals(Tree.at(item, "Override")),
          at + "custom header " + header + " must have Override true");
    }
    return sent;
  }

  private static void putIfPresent(Map<String, String> sent, String header, Object setting, Object value) {
    if (setting != null) {
      sent.put(header, String.valueOf(value));
    }
  }

  private static String quoted(String value) {
    return value == null ? "absent" : "\"" + value + "\"";
  }
}

package io.securelink.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The distribution: the page from the private site bucket through an origin access control, /api/* to the HTTP
 * API uncached with the viewer's headers, HTTPS only, the security headers policy on every behaviour, and a
 * site bucket policy that lets only this distribution read.
 */
final class CloudFrontRules implements TemplateRule {

  static final String CACHING_OPTIMIZED = "658327ea-f89d-4fab-a63d-7e88639e58f6";
  static final String CACHING_DISABLED = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";
  static final String ALL_VIEWER_EXCEPT_HOST_HEADER = "b689b0a8-53d0-40ab-baf2-68738e2966ac";
  static final Set<Object> ALL_METHODS = Set.of("GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE");
  static final Set<Object> HTTPS_ONLY = Set.of("redirect-to-https", "https-only");
  static final String API_PATH = "/api/*";

  @Override
  public List<String> check(Template template) {
    Findings findings = new Findings();
    Map<String, Map<String, Object>> distributions = template.resourcesOfType("AWS::CloudFront::Distribution");
    if (!findings.require(distributions.size() == 1, "expected exactly one AWS::CloudFront::Distribution, found "
        + distributions.keySet())) {
      return findings.messages();
    }
    String distribution = distributions.keySet().iterator().next();
    Object config = template.property(distribution, "DistributionConfig");
    String at = "Resources." + distribution + ".Properties.DistributionConfig.";
    Object defaults = Tree.at(config, "DefaultCacheBehavior");
    List<Object> behaviors = Tree.list(Tree.at(config, "CacheBehaviors"));
    findings.require(behaviors.size() == 1 && API_PATH.equals(Tree.at(behaviors.get(0), "PathPattern")),
        at + "CacheBehaviors must be exactly the " + API_PATH + " behaviour");

    findings.require(CACHING_OPTIMIZED.equals(Tree.at(defaults, "CachePolicyId")),
        at + "DefaultCacheBehavior.CachePolicyId must be Managed-CachingOptimized (" + CACHING_OPTIMIZED + ")");
    String siteBucket = checkSiteOrigin(template, origin(config, defaults), at, findings);
    if (siteBucket != null) {
      checkSiteBucketPolicy(template, siteBucket, distribution, findings);
    }
    if (!behaviors.isEmpty()) {
      checkApiBehavior(template, behaviors.get(0), origin(config, behaviors.get(0)), at, findings);
    }
    List<Object> everyBehavior = new ArrayList<>(behaviors);
    everyBehavior.add(defaults);
    for (Object behavior : everyBehavior) {
      findings.require(HTTPS_ONLY.contains(Tree.at(behavior, "ViewerProtocolPolicy")),
          at + "every behaviour's ViewerProtocolPolicy must be redirect-to-https or https-only");
      findings.require("AWS::CloudFront::ResponseHeadersPolicy".equals(
              template.typeOf(Tree.refTarget(Tree.at(behavior, "ResponseHeadersPolicyId")))),
          at + "every behaviour must use the template's security headers policy");
    }
    Object certificate = Tree.at(config, "ViewerCertificate");
    if (Tree.at(certificate, "AcmCertificateArn") != null) {
      findings.require("TLSv1.2_2021".equals(Tree.at(certificate, "MinimumProtocolVersion"))
              && "sni-only".equals(Tree.at(certificate, "SslSupportMethod")),
          at + "a custom certificate needs MinimumProtocolVersion TLSv1.2_2021 and SslSupportMethod sni-only");
    }
    return findings.messages();
  }

  /** Returns the origin a behaviour targets, or null. */
  private static Object origin(Object config, Object behavior) {
    Object target = Tree.at(behavior, "TargetOriginId");
    for (Object origin : Tree.list(Tree.at(config, "Origins"))) {
      if (target != null && target.equals(Tree.at(origin, "Id"))) {
        return origin;
      }
    }
    return null;
  }

  /** Checks the default origin reads a template bucket through an S3 origin access control; returns the bucket. */
  private static String checkSiteOrigin(Template template, Object origin, String at, Findings findings) {
    List<Object> domain = Tree.list(Tree.intrinsic(Tree.at(origin, "DomainName"), "Fn::GetAtt"));
    String bucket = domain.size() == 2 ? String.valueOf(domain.get(0)) : null;
    boolean isBucket = findings.require("AWS::S3::Bucket".equals(template.typeOf(bucket))
            && Tree.isGetAtt(Tree.at(origin, "DomainName"), bucket, "RegionalDomainName"),
        at + "the default behaviour's origin must be a template bucket's RegionalDomainName");
    findings.require(bucket == null || !bucket.equals(template.ciphertextBucket()),
        at + "the site origin must not be the ciphertext bucket");
    List<Object> oacId = Tree.list(Tree.intrinsic(Tree.at(origin, "OriginAccessControlId"), "Fn::GetAtt"));
    String oac = oacId.size() == 2 && "Id".equals(oacId.get(1)) ? String.valueOf(oacId.get(0)) : null;
    Object oacConfig = template.property(String.valueOf(oac), "OriginAccessControlConfig");
    findings.require("AWS::CloudFront::OriginAccessControl".equals(template.typeOf(oac))
            && "s3".equals(Tree.at(oacConfig, "OriginAccessControlOriginType"))
            && "always".equals(Tree.at(oacConfig, "SigningBehavior"))
            && "sigv4".equals(Tree.at(oacConfig, "SigningProtocol")),
        at + "the site origin must use a template OriginAccessControl (s3, always, sigv4)");
    findings.require("".equals(Tree.at(origin, "S3OriginConfig", "OriginAccessIdentity")),
        at + "the site origin's S3OriginConfig.OriginAccessIdentity must be empty (OAC, not a legacy OAI)");
    return isBucket ? bucket : null;
  }

  /** The one Allow: CloudFront's service principal may GetObject, only on behalf of this distribution. */
  private static void checkSiteBucketPolicy(Template template, String bucket, String distribution,
      Findings findings) {
    String sourceArn = "arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${" + distribution + "}";
    List<Object> allows = BucketPolicies.statementsFor(template, bucket).stream()
        .filter(statement -> "Allow".equals(Tree.at(statement, "Effect"))).toList();
    Object allow = allows.size() == 1 ? allows.get(0) : null;
    findings.require(allow != null
            && Map.of("Service", "cloudfront.amazonaws.com").equals(Tree.at(allow, "Principal"))
            && List.of("s3:GetObject").equals(Tree.list(Tree.at(allow, "Action")))
            && List.of(Map.of("Fn::Sub", "${" + bucket + ".Arn}/*")).equals(Tree.list(Tree.at(allow, "Resource")))
            && Tree.isSub(Tree.at(allow, "Condition", "StringEquals", "AWS:SourceArn"), sourceArn),
        "Resources: " + bucket + "'s policy must have exactly one Allow: cloudfront.amazonaws.com s3:GetObject on "
            + "its objects, conditioned on AWS:SourceArn = " + sourceArn);
  }

  private static void checkApiBehavior(Template template, Object behavior, Object origin, String at,
      Findings findings) {
    String apiAt = at + "CacheBehaviors[" + API_PATH + "].";
    findings.require(CACHING_DISABLED.equals(Tree.at(behavior, "CachePolicyId")),
        apiAt + "CachePolicyId must be Managed-CachingDisabled (" + CACHING_DISABLED + ")");
    findings.require(ALL_VIEWER_EXCEPT_HOST_HEADER.equals(Tree.at(behavior, "OriginRequestPolicyId")),
        apiAt + "OriginRequestPolicyId must be Managed-AllViewerExceptHostHeader ("
            + ALL_VIEWER_EXCEPT_HOST_HEADER + ")");
    List<Object> methods = Tree.list(Tree.at(behavior, "AllowedMethods"));
    findings.require(methods.size() == ALL_METHODS.size() && Set.copyOf(methods).equals(ALL_METHODS),
        apiAt + "AllowedMethods must be all seven methods");
    String api = template.resourcesOfType("AWS::Serverless::HttpApi").keySet().stream().findFirst().orElse("?");
    findings.require(Tree.isSub(Tree.at(origin, "DomainName"),
            "${" + api + "}.execute-api.${AWS::Region}.${AWS::URLSuffix}")
            && "https-only".equals(Tree.at(origin, "CustomOriginConfig", "OriginProtocolPolicy")),
        apiAt + "the origin must be the HTTP API " + api + "'s execute-api domain over https-only");
  }
}

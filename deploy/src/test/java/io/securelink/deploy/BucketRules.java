package io.securelink.deploy;

import java.util.List;
import java.util.Map;

/**
 * Both buckets: private (all four Block Public Access settings), SSE-S3, BucketOwnerEnforced, TLS-only; no policy
 * grants anything to everyone. The ciphertext bucket also: versioning off and lifecycle rules that collect
 * secrets and their claims only after they can no longer be valid.
 */
final class BucketRules implements TemplateRule {

  static final List<String> BLOCK_PUBLIC_ACCESS = List.of(
      "BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets");
  private static final int SECONDS_PER_DAY = 86_400;

  @Override
  public List<String> check(Template template) {
    Findings findings = new Findings();
    Map<String, Map<String, Object>> buckets = template.resourcesOfType("AWS::S3::Bucket");
    findings.require(buckets.size() == 2, "expected two AWS::S3::Bucket (ciphertext and site), found "
        + buckets.keySet());
    buckets.keySet().forEach(bucket -> checkPrivateBucket(template, bucket, findings));
    template.resourcesOfType("AWS::S3::BucketPolicy").keySet().forEach(policy ->
        BucketPolicies.statements(template, policy).forEach(statement -> findings.require(
            !("Allow".equals(Tree.at(statement, "Effect")) && "*".equals(Tree.at(statement, "Principal"))),
            "Resources." + policy + ": a statement allows Principal \"*\": the buckets are private")));
    String ciphertext = template.ciphertextBucket();
    if (findings.require(buckets.containsKey(ciphertext), "the function's SECURELINK_BUCKET names no bucket")) {
      checkCiphertextBucket(template, ciphertext, findings);
    }
    return findings.messages();
  }

  private static void checkPrivateBucket(Template template, String bucket, Findings findings) {
    String at = "Resources." + bucket + ".Properties.";
    for (String setting : BLOCK_PUBLIC_ACCESS) {
      findings.require(Boolean.TRUE.equals(template.property(bucket, "PublicAccessBlockConfiguration", setting)),
          at + "PublicAccessBlockConfiguration." + setting + " must be true");
    }
    List<Object> encryption = Tree.list(template.property(bucket, "BucketEncryption",
        "ServerSideEncryptionConfiguration"));
    findings.require(encryption.size() == 1
            && "AES256".equals(Tree.at(encryption.get(0), "ServerSideEncryptionByDefault", "SSEAlgorithm")),
        at + "BucketEncryption must be SSE-S3 (AES256)");
    findings.require(List.of(Map.of("ObjectOwnership", "BucketOwnerEnforced"))
            .equals(template.property(bucket, "OwnershipControls", "Rules")),
        at + "OwnershipControls must be BucketOwnerEnforced (no ACLs)");
    findings.require(template.property(bucket, "AccessControl") == null
            && template.property(bucket, "WebsiteConfiguration") == null,
        at + "no ACL and no website endpoint: the bucket is private");
    findings.require(BucketPolicies.denyInsecureTransport(template, bucket),
        "Resources." + bucket + ": needs a bucket policy denying s3:* to everyone without TLS "
            + "(aws:SecureTransport false) on the bucket and its objects");
  }

  private static void checkCiphertextBucket(Template template, String bucket, Findings findings) {
    String at = "Resources." + bucket + ".Properties.";
    // Conditional deletes remove only the current version; an old version would outlive a reveal.
    findings.require(template.property(bucket, "VersioningConfiguration") == null,
        at + "VersioningConfiguration must be absent: versioning stays off on the ciphertext bucket");
    Long maxTtl = maxParameterValue(template, "SECURELINK_MAX_TTL");
    if (!findings.require(maxTtl != null, "the parameter behind SECURELINK_MAX_TTL needs a MaxValue: the secrets/ "
        + "lifecycle rule must outlast the longest TTL")) {
      return;
    }
    int maxTtlDays = ceilDays(maxTtl);
    Integer secrets = expirationDays(template, bucket, "secrets/");
    findings.require(secrets != null && secrets > maxTtlDays,
        at + "LifecycleConfiguration needs an enabled rule expiring secrets/ after more than the longest TTL ("
            + maxTtlDays + " days), found " + secrets);
    // Claims and wrong-passphrase markers guard a stored secret: collecting them earlier would reset its limit.
    Integer claims = expirationDays(template, bucket, "claims/");
    findings.require(claims != null && claims > maxTtlDays,
        at + "LifecycleConfiguration needs an enabled rule expiring claims/ after more than the longest TTL ("
            + maxTtlDays + " days), found " + claims);
  }

  /** Returns the ExpirationInDays of the enabled lifecycle rule for exactly this prefix, or null. */
  private static Integer expirationDays(Template template, String bucket, String prefix) {
    for (Object rule : Tree.list(template.property(bucket, "LifecycleConfiguration", "Rules"))) {
      if ("Enabled".equals(Tree.at(rule, "Status")) && prefix.equals(Tree.at(rule, "Prefix"))
          && Tree.at(rule, "ExpirationInDays") instanceof Integer days) {
        return days;
      }
    }
    return null;
  }

  /** Returns the MaxValue of the parameter behind one of the function's environment variables, or null. */
  private static Long maxParameterValue(Template template, String variable) {
    for (String function : template.resourcesOfType("AWS::Serverless::Function").keySet()) {
      String parameter = Tree.refTarget(template.property(function, "Environment", "Variables", variable));
      if (Tree.at(template.parameters(), parameter, "MaxValue") instanceof Number max) {
        return max.longValue();
      }
    }
    return null;
  }

  private static int ceilDays(long seconds) {
    return (int) Math.min(Integer.MAX_VALUE, (seconds + SECONDS_PER_DAY - 1) / SECONDS_PER_DAY);
  }
}

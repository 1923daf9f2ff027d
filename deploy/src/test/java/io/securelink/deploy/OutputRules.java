package io.securelink.deploy;

import java.util.List;
import java.util.Map;

/** The stack tells its deployer the site URL, the API URL and both bucket names (docs/DEPLOY.md uses them). */
final class OutputRules implements TemplateRule {

  @Override
  public List<String> check(Template template) {
    Findings findings = new Findings();
    Map<String, Object> outputs = Tree.map(template.root().get("Outputs"));
    for (String output : List.of("SiteUrl", "ApiUrl", "CiphertextBucketName", "SiteBucketName", "DistributionId")) {
      findings.require(Tree.at(outputs, output, "Value") != null, "Outputs." + output + " is missing");
    }
    String ciphertext = template.ciphertextBucket();
    findings.require(ciphertext != null && ciphertext.equals(Tree.refTarget(Tree.at(outputs, "CiphertextBucketName",
        "Value"))), "Outputs.CiphertextBucketName must be a Ref to the ciphertext bucket");
    String site = Tree.refTarget(Tree.at(outputs, "SiteBucketName", "Value"));
    findings.require("AWS::S3::Bucket".equals(template.typeOf(site)) && !site.equals(ciphertext),
        "Outputs.SiteBucketName must be a Ref to the site bucket");
    return findings.messages();
  }
}

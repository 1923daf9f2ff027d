package io.securelink.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the template's AWS::S3::BucketPolicy resources. */
final class BucketPolicies {

  private BucketPolicies() {}

  /** Returns the statements of one bucket policy resource. */
  static List<Object> statements(Template template, String policy) {
    return Tree.list(template.property(policy, "PolicyDocument", "Statement"));
  }

  /** Returns the statements of every policy attached to the bucket (by {@code Bucket: !Ref bucket}). */
  static List<Object> statementsFor(Template template, String bucket) {
    List<Object> statements = new ArrayList<>();
    template.resourcesOfType("AWS::S3::BucketPolicy").keySet().forEach(policy -> {
      if (bucket.equals(Tree.refTarget(template.property(policy, "Bucket")))) {
        statements.addAll(statements(template, policy));
      }
    });
    return statements;
  }

  /** Returns true when a statement denies every S3 action to everyone, on bucket and objects, without TLS. */
  static boolean denyInsecureTransport(Template template, String bucket) {
    Set<Object> bucketAndObjects = Set.of(
        Map.of("Fn::GetAtt", List.of(bucket, "Arn")), Map.of("Fn::Sub", "${" + bucket + ".Arn}/*"));
    for (Object statement : statementsFor(template, bucket)) {
      Object secureTransport = Tree.at(statement, "Condition", "Bool", "aws:SecureTransport");
      if ("Deny".equals(Tree.at(statement, "Effect"))
          && "*".equals(Tree.at(statement, "Principal"))
          && List.of("s3:*").equals(Tree.list(Tree.at(statement, "Action")))
          && Set.copyOf(Tree.list(Tree.at(statement, "Resource"))).equals(bucketAndObjects)
          && ("false".equals(secureTransport) || Boolean.FALSE.equals(secureTransport))) {
        return true;
      }
    }
    return false;
  }
}

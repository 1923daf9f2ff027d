package io.securelink.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each case breaks template.yaml in one place and expects the check to name that break. The mutation replaces the
 * first occurrence of a line fragment; the expected fragments (separated by " ... ") must appear, in order, in one
 * violation.
 */
class BrokenTemplateTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      misspelled SAM property         | MemorySize: !Ref         | MemorySze: !Ref                  | SAM schema: /Resources/ApiFunction
      misspelled SAM property name    | MemorySize: !Ref         | MemorySze: !Ref                  | MemorySze
      misspelled S3 property          | ExpirationInDays: 31     | ExpirationDays: 31               | Resources.CiphertextBucket (AWS::S3::Bucket): /LifecycleConfiguration/Rules/0: property 'ExpirationDays'
      misspelled pass-through value   | ApplyOn: PublishedVersions | ApplyOnn: PublishedVersions    | ApplyOnn
      misspelled parameter field      | Default: 512             | Defualt: 512                     | Defualt
      misspelled resource attribute   | Type: AWS::Logs::LogGroup | Type: AWS::Logs::LogGroup\\n    DeletionPolicey: Retain | DeletionPolicey
      misspelled custom-domain branch | SslSupportMethod: sni-only | SslSupportMethd: sni-only      | SslSupportMethd' is not defined ... [conditions {HasCustomDomain=true}]
      unknown resource type           | Type: AWS::Logs::LogGroup | Type: AWS::Logs::LogGroupp      | type AWS::Logs::LogGroupp is unknown to this check
      unknown short tag               | !Ref FunctionLogs        | !Reff FunctionLogs               | !Reff
      dangling Ref                    | SECURELINK_BUCKET: !Ref CiphertextBucket | SECURELINK_BUCKET: !Ref CiphertextBuckets | Ref CiphertextBuckets names no resource
      dangling Sub                    | ${CiphertextBucket.Arn}/claims/* | ${CypherBucket.Arn}/claims/* | GetAtt CypherBucket.Arn names no resource
      dangling GetAtt attribute       | SiteBucket.RegionalDomainName | SiteBucket.RegionalDomain   | AWS::S3::Bucket has no attribute RegionalDomain
      dangling condition              | !If [HasCustomDomain, [   | !If [HasCustomDomains, [        | condition HasCustomDomains is not declared
      SAM implicit API                | ApiId: !Ref HttpApi      | ApiId: !Ref ServerlessHttpApi    | Ref ServerlessHttpApi names no resource
      extra IAM action                | - s3:DeleteObject        | - s3:DeleteObject\\n                - s3:ListBucket | the policy must allow exactly
      wildcard IAM action             | - s3:DeleteObject        | - s3:*                           | the policy must allow exactly
      IAM resource widened            | ${CiphertextBucket.Arn}/claims/* | ${CiphertextBucket.Arn}/* | the policy must cover exactly
      second IAM statement            | Policies:\\n        - Statement: | Policies:\\n        - S3ReadPolicy: {BucketName: x}\\n        - Statement: | Policies must be one inline policy
      public bucket                   | RestrictPublicBuckets: true | RestrictPublicBuckets: false  | CiphertextBucket.Properties.PublicAccessBlockConfiguration.RestrictPublicBuckets must be true
      versioning enabled              | LifecycleConfiguration:  | VersioningConfiguration:\\n        Status: Enabled\\n      LifecycleConfiguration: | versioning stays off
      KMS instead of SSE-S3           | SSEAlgorithm: AES256     | SSEAlgorithm: aws:kms            | BucketEncryption must be SSE-S3
      ACLs allowed                    | ObjectOwnership: BucketOwnerEnforced | ObjectOwnership: ObjectWriter | OwnershipControls must be BucketOwnerEnforced
      TLS deny dropped                | aws:SecureTransport: "false" | aws:SecureTransport: "true"  | CiphertextBucket: needs a bucket policy denying
      secrets collected too early     | ExpirationInDays: 31     | ExpirationInDays: 30             | expiring secrets/ after more than the longest TTL (30 days)
      claims collected too early      | Prefix: claims/\\n            ExpirationInDays: 31 | Prefix: claims/\\n            ExpirationInDays: 2 | expiring claims/ after more than the longest TTL (30 days)
      CSP mismatch                    | script-src 'self';       | script-src 'self' 'unsafe-inline'; | header Content-Security-Policy is
      header dropped                  | - Header: Cross-Origin-Opener-Policy | - Header: X-Cross-Origin-Opener-Policy | header Cross-Origin-Opener-Policy is absent
      header not overriding           | FrameOption: DENY\\n            Override: true | FrameOption: DENY\\n            Override: false | FrameOptions.Override must be true
      weak HSTS                       | AccessControlMaxAgeSec: 63072000 | AccessControlMaxAgeSec: 300 | Strict-Transport-Security must have a max-age
      OAC bypassed                    | OriginAccessIdentity: "" | OriginAccessIdentity: origin-access-identity/cloudfront/E1 | OriginAccessIdentity must be empty
      bucket policy any distribution  | distribution/${Distribution} | distribution/* | conditioned on AWS:SourceArn
      plain HTTP viewers              | ViewerProtocolPolicy: redirect-to-https | ViewerProtocolPolicy: allow-all | ViewerProtocolPolicy must be redirect-to-https or https-only
      API cached                      | 4135ea2d-6df8-44a3-9df3-4b5a84be39ad | 658327ea-f89d-4fab-a63d-7e88639e58f6 | CachePolicyId must be Managed-CachingDisabled
      CORS enabled                    | FailOnWarnings: true     | FailOnWarnings: true\\n      CorsConfiguration: true | CorsConfiguration
      throttling hard-coded           | ThrottlingBurstLimit: !Ref ApiThrottlingBurstLimit | ThrottlingBurstLimit: 5000 | ThrottlingBurstLimit must come from a parameter
      log retention hard-coded        | RetentionInDays: !Ref LogRetentionDays | RetentionInDays: 3653 | AccessLogSettings.DestinationArn must name a template AWS::Logs::LogGroup
      wrong artifact                  | CodeUri: backend/target/securelink-lambda.zip | CodeUri: backend/ | CodeUri must be backend/target/securelink-lambda.zip
      old runtime                     | Runtime: java21          | Runtime: java17                  | Runtime must be one of
      SnapStart off                   | ApplyOn: PublishedVersions | ApplyOn: None                  | SnapStart.ApplyOn must be PublishedVersions
      no alias                        | AutoPublishAlias: live   | AutoPublishAlias: ""             | AutoPublishAlias must be set
      extra environment variable      | SECURELINK_MAX_BYTES: !Ref MaxCiphertextBytes | SECURELINK_MAX_BYTES: !Ref MaxCiphertextBytes\\n          JAVA_TOOL_OPTIONS: -Xdebug | Environment.Variables must be exactly
      output missing                  | ApiUrl:\\n                | ApiUrlX:\\n                       | Outputs.ApiUrl is missing
      """)
  void checkNamesTheBreak(String name, String from, String to, String expected) {
    String broken = Fixture.mutated(unescape(from), unescape(to));
    List<String> violations = Fixture.check().check(broken);
    assertTrue(violations.stream().anyMatch(v -> containsInOrder(v, expected)),
        () -> name + ": expected a violation containing [" + expected + "], got:\n  "
            + String.join("\n  ", violations));
  }

  private static boolean containsInOrder(String violation, String expected) {
    int from = 0;
    for (String part : expected.split(" \\.\\.\\. ")) {
      int at = violation.indexOf(part, from);
      if (at < 0) {
        return false;
      }
      from = at + part.length();
    }
    return true;
  }

  /** Lets a one-line case say "\n" for a line break. */
  private static String unescape(String text) {
    return text.replace("\\n", "\n");
  }
}

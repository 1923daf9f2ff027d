package io.securelink.cli.serve;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * Where the secret store keeps its objects: an S3-compatible endpoint (null for AWS S3 itself), its region, the
 * bucket, the addressing style and the credentials to sign with.
 */
record S3Location(
    URI endpoint, String region, String bucket, boolean pathStyle, AwsCredentialsProvider credentials) {

  /** Returns a description for the start-up line; it names no credential. */
  String describe() {
    return "s3://" + bucket + (endpoint == null ? " (AWS S3, " + region + ")" : " at " + endpoint);
  }
}

package io.securelink.backend;

import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The five S3 calls the store makes, with S3's answers sorted into the three a caller branches on: done, a
 * definite "not there" (404, and 403 because without {@code s3:ListBucket} a missing key reads as 403) or "not
 * this version" (412/409), and unreachable ({@link StoreUnavailableException}) for everything else.
 */
final class S3Objects {

  /** An object's entity tag and user metadata. */
  record Head(String etag, Map<String, String> metadata) {}

  /** An object's entity tag, user metadata and content. */
  record Body(String etag, Map<String, String> metadata, byte[] bytes) {

    @Override
    public String toString() {
      return "Body[etag=" + etag + ", " + bytes.length + " bytes]";
    }
  }

  private final S3Client s3;
  private final String bucket;

  S3Objects(S3Client s3, String bucket) {
    this.s3 = s3;
    this.bucket = bucket;
  }

  /** Creates {@code key} with {@code If-None-Match: *}; returns false when it already exists. */
  boolean createIfAbsent(String key, byte[] content, Map<String, String> metadata) throws StoreUnavailableException {
    PutObjectRequest request = PutObjectRequest.builder()
        .bucket(bucket)
        .key(key)
        .ifNoneMatch("*")
        .contentType("application/octet-stream")
        .metadata(metadata)
        .build();
    try {
      s3.putObject(request, RequestBody.fromBytes(content));
      return true;
    } catch (S3Exception e) {
      if (isConflict(e)) {
        return false;
      }
      throw unavailable("PutObject", e);
    } catch (SdkException e) {
      throw unavailable("PutObject", e);
    }
  }

  /** Returns the entity tag and metadata of {@code key}, or empty when it does not exist. */
  Optional<Head> head(String key) throws StoreUnavailableException {
    try {
      HeadObjectResponse response = s3.headObject(HeadObjectRequest.builder().bucket(bucket).key(key).build());
      return Optional.of(new Head(response.eTag(), response.metadata()));
    } catch (S3Exception e) {
      if (isAbsent(e)) {
        return Optional.empty();
      }
      throw unavailable("HeadObject", e);
    } catch (SdkException e) {
      throw unavailable("HeadObject", e);
    }
  }

  /** Returns {@code key}'s content, or empty when it does not exist or no longer has entity tag {@code ifMatch}. */
  Optional<Body> get(String key, String ifMatch) throws StoreUnavailableException {
    GetObjectRequest request = GetObjectRequest.builder().bucket(bucket).key(key).ifMatch(ifMatch).build();
    try {
      ResponseBytes<GetObjectResponse> object = s3.getObjectAsBytes(request);
      GetObjectResponse response = object.response();
      return Optional.of(new Body(response.eTag(), response.metadata(), object.asByteArrayUnsafe()));
    } catch (S3Exception e) {
      if (isAbsent(e) || isConflict(e)) {
        return Optional.empty();
      }
      throw unavailable("GetObject", e);
    } catch (SdkException e) {
      throw unavailable("GetObject", e);
    }
  }

  /** What a conditional delete found. */
  enum Deletion {
    /** The version with the entity tag was there and is deleted now. */
    DELETED,
    /** No object had the key (S3 answers 404 to a conditional delete of a missing key). */
    ABSENT,
    /** An object with another entity tag has the key; it was left alone. */
    CHANGED
  }

  /** Deletes {@code key} if it still has entity tag {@code etag}. */
  Deletion deleteIfMatch(String key, String etag) throws StoreUnavailableException {
    return delete(DeleteObjectRequest.builder().bucket(bucket).key(key).ifMatch(etag).build());
  }

  /** Deletes {@code key}, whatever its version; deleting a missing key succeeds. */
  void delete(String key) throws StoreUnavailableException {
    delete(DeleteObjectRequest.builder().bucket(bucket).key(key).build());
  }

  private Deletion delete(DeleteObjectRequest request) throws StoreUnavailableException {
    try {
      s3.deleteObject(request);
      return Deletion.DELETED;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return Deletion.ABSENT;
      }
      if (isConflict(e)) {
        return Deletion.CHANGED;
      }
      throw unavailable("DeleteObject", e);
    } catch (SdkException e) {
      throw unavailable("DeleteObject", e);
    }
  }

  /** 412: the precondition failed; 409: a concurrent conditional write won (S3 asks the loser to retry). */
  private static boolean isConflict(S3Exception e) {
    return e.statusCode() == 412 || e.statusCode() == 409;
  }

  private static boolean isAbsent(S3Exception e) {
    return e.statusCode() == 404 || e.statusCode() == 403;
  }

  private static StoreUnavailableException unavailable(String operation, SdkException cause) {
    String status = cause instanceof S3Exception s3 ? " (HTTP " + s3.statusCode() + ")" : "";
    return new StoreUnavailableException("S3 " + operation + status, cause);
  }
}

package io.securelink.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The S3 user metadata of a secret: the optional link proof hash, read back strictly and compared on retries. */
class SecretMetadataTest {

  private static final Instant EXPIRES_AT = Instant.ofEpochSecond(1_900_000_000L);
  private static final byte[] PROOF = TestRequests.bytes(32);
  private static final byte[] LINK_PROOF = TestRequests.bytes(32);

  @Test
  void aLinkProofHashSurvivesTheRoundTripAndGuardsTheSecret() {
    SecretMetadata stored = read(withLinkProof().toS3());
    assertTrue(stored.acceptsLinkProof(LINK_PROOF));
    assertFalse(stored.acceptsLinkProof(null), "a request without a link proof");
    assertFalse(stored.acceptsLinkProof(TestRequests.bytes(32)), "a made-up link proof");
    assertFalse(stored.acceptsLinkProof(Proofs.sha256(LINK_PROOF)), "the hash itself is not the proof");
    assertTrue(stored.acceptsProof(PROOF));
  }

  @Test
  void withoutALinkProofHashAnyLinkProofIsIgnored() {
    SecretMetadata stored = read(withoutLinkProof().toS3());
    assertFalse(stored.toS3().containsKey(SecretMetadata.LINK_PROOF_HASH));
    assertTrue(stored.acceptsLinkProof(null));
    assertTrue(stored.acceptsLinkProof(TestRequests.bytes(32)));
  }

  @Test
  void aMalformedLinkProofHashIsNotOurs() {
    for (String malformed : new String[] {"", "AAAA", Base64Url.encode(TestRequests.bytes(31)),
        Base64Url.encode(Proofs.sha256(LINK_PROOF)) + "="}) {
      Map<String, String> metadata = new HashMap<>(withLinkProof().toS3());
      metadata.put(SecretMetadata.LINK_PROOF_HASH, malformed);
      assertTrue(SecretMetadata.fromS3(metadata).isEmpty(), "read as absent, never as unguarded: " + malformed);
    }
  }

  @Test
  void anIdenticalRetryNeedsTheSameLinkProofHash() {
    assertTrue(withLinkProof().protectsLike(read(withLinkProof().toS3())));
    assertTrue(withoutLinkProof().protectsLike(withoutLinkProof()));
    assertFalse(withLinkProof().protectsLike(withoutLinkProof()));
    assertFalse(withoutLinkProof().protectsLike(withLinkProof()));
    SecretMetadata otherLink =
        new SecretMetadata(EXPIRES_AT, true, Proofs.sha256(PROOF), Proofs.sha256(TestRequests.bytes(32)));
    assertFalse(withLinkProof().protectsLike(otherLink));
  }

  private static SecretMetadata withLinkProof() {
    return new SecretMetadata(EXPIRES_AT, true, Proofs.sha256(PROOF), Proofs.sha256(LINK_PROOF));
  }

  private static SecretMetadata withoutLinkProof() {
    return new SecretMetadata(EXPIRES_AT, true, Proofs.sha256(PROOF), null);
  }

  private static SecretMetadata read(Map<String, String> metadata) {
    SecretMetadata read = SecretMetadata.fromS3(metadata).orElseThrow();
    assertEquals(EXPIRES_AT, read.expiresAt());
    return read;
  }
}

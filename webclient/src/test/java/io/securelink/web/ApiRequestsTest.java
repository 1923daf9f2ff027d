package io.securelink.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.securelink.core.Base64Url;
import io.securelink.core.Json;
import io.securelink.core.Keys;
import io.securelink.core.LinkKey;
import io.securelink.core.Payload;
import io.securelink.core.Sealed;
import io.securelink.core.SecretCodec;
import io.securelink.core.jce.JceCrypto;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiRequestsTest {

  private static final String TEXT = "correct horse battery staple";
  private static final String PASSPHRASE = "open sesame";

  @Test
  void createBodyHoldsExactlyTheContractFieldsAndNoKeyMaterial() {
    Sealed sealed = new SecretCodec(new JceCrypto()).seal(Payload.text(TEXT), PASSPHRASE);
    String body = ApiRequests.create(sealed, 3600);
    Map<String, Object> members = Json.parseObject(body);
    assertEquals(java.util.List.of("id", "ciphertext", "expiresIn", "passphrase", "proofHash", "linkProofHash"),
        java.util.List.copyOf(members.keySet()));
    assertEquals(sealed.id(), members.get("id"));
    assertArrayEquals(sealed.envelope(), Base64Url.decode((String) members.get("ciphertext")));
    assertEquals(3600L, members.get("expiresIn"));
    assertEquals(true, members.get("passphrase"));
    assertEquals(sealed.proofHash(), members.get("proofHash"));
    assertEquals(sealed.linkProofHash(), members.get("linkProofHash"));
    String fragment = sealed.key().fragment();
    assertFalse(body.contains(fragment.substring(3)), "the link key must not be uploaded");
    assertFalse(body.contains(PASSPHRASE));
    assertFalse(body.contains(TEXT));
  }

  @Test
  void pathsAreBuiltOnlyFromBase64UrlIds() {
    assertEquals("/api/secrets/AbC-_9", ApiRequests.secretPath("AbC-_9"));
    assertEquals("/api/secrets/AbC-_9/reveal", ApiRequests.revealPath("AbC-_9"));
    for (String bad : new String[] {"", "../x", "a/b", "a?b", "a#b", "a b", "ä"}) {
      assertThrows(IllegalArgumentException.class, () -> ApiRequests.secretPath(bad), bad);
    }
  }

  @Test
  void createBodyCarriesTheLinkProofHashWithoutAPassphraseToo() {
    Sealed sealed = new SecretCodec(new JceCrypto()).seal(Payload.text(TEXT), null);
    Map<String, Object> members = Json.parseObject(ApiRequests.create(sealed, 60));
    assertEquals(false, members.get("passphrase"));
    assertEquals(sealed.linkProofHash(), members.get("linkProofHash"));
  }

  @Test
  void proofsBodyIsTheRevealProofAndTheLinkProofAlone() throws Exception {
    SecretCodec codec = new SecretCodec(new JceCrypto());
    Sealed sealed = codec.seal(Payload.text(TEXT), null);
    Keys keys = codec.keys(LinkKey.parse(sealed.link("https://securelink.example")), null);
    String body = ApiRequests.proofs(keys);
    assertEquals("{\"proof\":\"" + keys.proof() + "\",\"linkProof\":\"" + keys.linkProof() + "\"}", body);
    assertFalse(body.contains(sealed.key().fragment().substring(3)), "the link key must not be sent");
  }
}

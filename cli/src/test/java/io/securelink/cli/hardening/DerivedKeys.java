package io.securelink.cli.hardening;

import io.securelink.cli.e2e.TrafficAudit;
import io.securelink.core.Base64Url;
import io.securelink.core.jce.JceCrypto;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The key material behind a link, derived again here from docs/FORMAT.md §Key derivation so an audit can look
 * for it: the link secret S, the stretched passphrase P, the master secret M and the AES key K. None of them may
 * ever leave the browser; only the id and the proof are meant for the server.
 */
final class DerivedKeys {

  private static final byte[] EMPTY = new byte[0];
  private static final JceCrypto CRYPTO = new JceCrypto();

  private final Map<String, byte[]> material = new LinkedHashMap<>();
  private final String id;

  private DerivedKeys(String link, String passphraseOrNull) {
    String fragment = link.substring(link.indexOf("#v1.") + 4);
    byte[] secret = Arrays.copyOf(Base64Url.decode(fragment.substring(0, 48)), 32);
    id = Base64Url.encode(hkdf(secret, "securelink v1 id", 16));
    material.put("link secret", secret);
    byte[] master = secret;
    if (passphraseOrNull != null) {
      byte[] salt = hkdf(secret, "securelink v1 passphrase salt", 16);
      byte[] stretched = CRYPTO.pbkdf2Sha256(passphraseOrNull.getBytes(StandardCharsets.UTF_8), salt, 600_000, 32);
      byte[] joined = Arrays.copyOf(secret, 64);
      System.arraycopy(stretched, 0, joined, 32, 32);
      master = hkdf(joined, "securelink v1 combine", 32);
      material.put("stretched passphrase", stretched);
      material.put("master secret", master);
    }
    material.put("AES key", hkdf(master, "securelink v1 aes key", 32));
  }

  /** Derives the material of {@code link}, opened with {@code passphraseOrNull}. */
  static DerivedKeys of(String link, String passphraseOrNull) {
    return new DerivedKeys(link, passphraseOrNull);
  }

  /** Returns the id derived here, for a check that this derivation matches the codec's. */
  String id() {
    return id;
  }

  /** Forbids every piece of material in {@code audit}, as base64url, standard base64 and hex. */
  void forbidIn(TrafficAudit audit, String label) {
    material.forEach((name, bytes) -> {
      audit.forbid(label + " " + name + " (base64url)", Base64Url.encode(bytes));
      audit.forbid(label + " " + name + " (base64)", Base64.getEncoder().encodeToString(bytes));
      audit.forbid(label + " " + name + " (hex)", HexFormat.of().formatHex(bytes));
    });
  }

  private static byte[] hkdf(byte[] ikm, String label, int length) {
    return CRYPTO.hkdfSha256(ikm, EMPTY, label.getBytes(StandardCharsets.US_ASCII), length);
  }
}

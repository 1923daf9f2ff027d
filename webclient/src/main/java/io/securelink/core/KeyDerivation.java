package io.securelink.core;

/**
 * The key schedule of FORMAT.md §Key derivation: from the link secret S (and an optional passphrase) to the
 * secret's id, the link proof, the AES key K and the reveal proof.
 *
 * <p>Every HKDF call uses an empty salt and its own ASCII label as info, so no two outputs are related. The id
 * and the link proof come from S alone: the status can be checked before a passphrase is typed, and the server
 * can tell a link holder from someone who knows only the id without running PBKDF2. K and the reveal proof come
 * from the master secret M, which needs the passphrase too when one is set.
 */
final class KeyDerivation {

  static final String ID_LABEL = "securelink v1 id";
  static final String PASSPHRASE_SALT_LABEL = "securelink v1 passphrase salt";
  static final String COMBINE_LABEL = "securelink v1 combine";
  static final String AES_KEY_LABEL = "securelink v1 aes key";
  static final String REVEAL_PROOF_LABEL = "securelink v1 reveal proof";
  static final String LINK_PROOF_LABEL = "securelink v1 link proof";

  static final int ID_BYTES = 16;
  static final int PASSPHRASE_SALT_BYTES = 16;
  static final int PBKDF2_ITERATIONS = 600_000;
  static final int STRETCHED_PASSPHRASE_BYTES = 32;
  static final int MASTER_BYTES = 32;
  static final int AES_KEY_BYTES = 32;
  static final int PROOF_BYTES = 32;
  static final int LINK_PROOF_BYTES = 32;

  private static final byte[] EMPTY_SALT = new byte[0];

  private final Crypto crypto;

  KeyDerivation(Crypto crypto) {
    this.crypto = crypto;
  }

  /** Returns whether {@code passphraseOrNull} counts as a passphrase: null and empty mean none. */
  static boolean isPassphrase(String passphraseOrNull) {
    return passphraseOrNull != null && !passphraseOrNull.isEmpty();
  }

  /** Returns the 16 id bytes: HKDF(S, "securelink v1 id", 16). */
  byte[] idBytes(byte[] secret) {
    return hkdf(secret, ID_LABEL, ID_BYTES);
  }

  /** Returns the link proof HKDF(S, "securelink v1 link proof", 32): shows the link is held, needs no passphrase. */
  byte[] linkProof(byte[] secret) {
    return hkdf(secret, LINK_PROOF_LABEL, LINK_PROOF_BYTES);
  }

  /** Returns the PBKDF2 salt: HKDF(S, "securelink v1 passphrase salt", 16); S is random, so the salt is too. */
  byte[] passphraseSalt(byte[] secret) {
    return hkdf(secret, PASSPHRASE_SALT_LABEL, PASSPHRASE_SALT_BYTES);
  }

  /**
   * Returns P = PBKDF2-HMAC-SHA256(UTF-8(passphrase), salt, 600000, 32), the passphrase bytes exactly as typed.
   *
   * @throws IllegalArgumentException if the passphrase holds a lone surrogate
   */
  byte[] stretchedPassphrase(String passphrase, byte[] salt) {
    return crypto.pbkdf2Sha256(Utf8.encode(passphrase), salt, PBKDF2_ITERATIONS, STRETCHED_PASSPHRASE_BYTES);
  }

  /** Returns M: S itself without a passphrase, else HKDF(S || P, "securelink v1 combine", 32). */
  byte[] master(byte[] secret, String passphraseOrNull) {
    if (!isPassphrase(passphraseOrNull)) {
      return secret.clone();
    }
    byte[] stretched = stretchedPassphrase(passphraseOrNull, passphraseSalt(secret));
    return combine(secret, stretched);
  }

  /** Returns HKDF(S || P, "securelink v1 combine", 32). */
  byte[] combine(byte[] secret, byte[] stretchedPassphrase) {
    return hkdf(Bytes.concat(secret, stretchedPassphrase), COMBINE_LABEL, MASTER_BYTES);
  }

  /** Returns K = HKDF(M, "securelink v1 aes key", 32). */
  byte[] aesKey(byte[] master) {
    return hkdf(master, AES_KEY_LABEL, AES_KEY_BYTES);
  }

  /** Returns the reveal proof HKDF(M, "securelink v1 reveal proof", 32). */
  byte[] proof(byte[] master) {
    return hkdf(master, REVEAL_PROOF_LABEL, PROOF_BYTES);
  }

  private byte[] hkdf(byte[] ikm, String label, int length) {
    return crypto.hkdfSha256(ikm, EMPTY_SALT, Utf8.encode(label), length);
  }
}

package io.securelink.cli.hardening;

import java.util.Base64;
import java.util.List;
import java.util.Random;

/** Secret ids for the fuzzer: well-formed ones, and every way an id can be too long, short, foreign or empty. */
final class FuzzIds {

  private static final List<String> ODD = List.of(
      "", "A", "AAAAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAAA=", "AAAAAAAAAAAAAAAAAAAAA%3D",
      "AAAAAAAAAAAAAAAAAAAAA+", "AAAAAAAAAAAAAAAAAAAAA/", "AAAAAAAAAAAAAAAAAAAA%2F", "%00".repeat(22),
      "%C3%BC".repeat(22), "ü".repeat(22), "密码".repeat(11), "🔐".repeat(11), "%F0%9F%94%90".repeat(11),
      "%FF%FE".repeat(11), "%C0%80".repeat(11), "AAAAAAAAAAAAAAAAAAAAA%0A", "AAAAAAAAAAAAAAAAAAAAA%0D%0AX:y",
      "-_-_-_-_-_-_-_-_-_-_-_", "..", ".", "%2e%2e", "AAAAAAAAAAAAAAAAAAAAAB", "0".repeat(1_000),
      "A".repeat(70_000), "{id}", "%7Bid%7D", "*", "null", "AAAAAAAAAAAAAAAAAAAAAA;x", "AAAAAAAAAAAAAAAAAAAAAA%20");

  private FuzzIds() {}

  /** Returns an id, well-formed half of the time; a few carry {@code marker}. */
  static String pick(Random random, String marker) {
    int choice = random.nextInt(10);
    if (choice < 5) {
      return wellFormed(random);
    }
    if (choice == 5) {
      return marker + "AAAAAAAAAA";
    }
    return ODD.get(random.nextInt(ODD.size()));
  }

  /** Returns a random id of the documented shape: 22 base64url characters, canonical. */
  static String wellFormed(Random random) {
    return base64Url(random, 16);
  }

  /** Returns {@code bytes} random bytes, base64url without padding. */
  static String base64Url(Random random, int bytes) {
    byte[] raw = new byte[bytes];
    random.nextBytes(raw);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
  }
}

package io.securelink.cli.hardening;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Request bodies for the fuzzer: well-formed create and reveal requests (some succeed, so the store is really
 * written), and malformed, deeply nested, mistyped, non-UTF-8 and oversized ones, from 0 bytes to 12 MB.
 */
final class FuzzBodies {

  private static final List<String> MALFORMED = List.of(
      "{", "}", "{\"id\":", "null", "[]", "\"text\"", "42", "true", "{\"proof\":123}", "{\"proof\":null}",
      "{\"proof\":[]}", "{\"proof\":{}}", "{\"proof\":\"\"}", "{\"proof\":\"a\",\"proof\":\"b\"}",
      "{\"proof\":\"x\",\"linkProof\":7}", "{\"proof\":\"x\",\"linkProof\":\"x\"}",
      "{\"linkProofHash\":\"x\",\"passphrase\":true}",
      "{\"id\":1,\"ciphertext\":true,\"expiresIn\":\"soon\",\"passphrase\":\"no\",\"proofHash\":0}",
      "{\"expiresIn\":1e999999}", "{\"expiresIn\":-0}", "{\"expiresIn\":NaN}", "{\"expiresIn\":9223372036854775808}",
      "{\"expiresIn\":60.5}", "{\"proof\":\"\\ud800\"}", "{\"proof\":\"\\u0000\"}", "{'proof':'x'}",
      "{\"proof\":\"x\"}garbage", "{\"proof\":\"x\"} {\"proof\":\"y\"}", "\uFEFF{\"proof\":\"x\"}", " \t\r\n",
      "{\"__proto__\":{\"admin\":true}}", "{\"proof\":\"" + "A".repeat(43) + "\",\"extra\":1}");

  private FuzzBodies() {}

  /** Returns a body, often empty; {@code marker} is put where a body can carry it. */
  static byte[] pick(Random random, String marker) {
    int choice = random.nextInt(1000);
    if (choice < 250) {
      return new byte[0];
    }
    if (choice < 450) {
      return utf8(create(random, FuzzIds.base64Url(random, 1 + random.nextInt(3000))));
    }
    if (choice < 560) {
      return utf8("{\"proof\":\"" + FuzzIds.base64Url(random, 32) + "\",\"linkProof\":\""
          + FuzzIds.base64Url(random, 32) + "\"}");
    }
    if (choice < 760) {
      return utf8(MALFORMED.get(random.nextInt(MALFORMED.size())).replace("x", marker));
    }
    if (choice < 820) {
      return utf8(nested(random));
    }
    if (choice < 880) {
      return utf8("{\"proof\":\"" + marker + "\",\"" + marker + "\":\"" + marker + "\"}");
    }
    if (choice < 940) {
      return randomBytes(random, random.nextInt(4096));
    }
    if (choice < 965) {
      return "{\"proof\":\"x\"}".getBytes(StandardCharsets.UTF_16);
    }
    if (choice < 985) {
      return new byte[] {'{', '"', 'p', (byte) 0xC0, (byte) 0xAF, '"', ':', '1', '}'};
    }
    return large(random);
  }

  /** Returns one of the few large bodies: 1.5% of all, so the run stays short. */
  private static byte[] large(Random random) {
    int choice = random.nextInt(15);
    if (choice < 7) {
      return randomBytes(random, 64 * 1024 + random.nextInt(1024 * 1024));
    }
    if (choice < 11) {
      // Within Lambda's 6 MB but over the API's 4 MiB + 1 KiB ciphertext limit.
      return utf8(create(random, FuzzIds.base64Url(random, 5 * 1024 * 1024)));
    }
    if (choice < 14) {
      return randomBytes(random, 6 * 1024 * 1024 + 1);
    }
    return randomBytes(random, 12 * 1000 * 1000);
  }

  /** Returns a create request of the documented shape around {@code ciphertext}. */
  static String create(Random random, String ciphertext) {
    long expiresIn = new long[] {60, 3600, 86_400, 59, 2_592_001, 0, -1}[random.nextInt(7)];
    return "{\"id\":\"" + FuzzIds.wellFormed(random) + "\",\"ciphertext\":\"" + ciphertext + "\",\"expiresIn\":"
        + expiresIn + ",\"passphrase\":" + random.nextBoolean() + ",\"proofHash\":\""
        + FuzzIds.base64Url(random, 32) + "\",\"linkProofHash\":\"" + FuzzIds.base64Url(random, 32) + "\"}";
  }

  private static String nested(Random random) {
    int depth = new int[] {100, 1_000, 10_000, 100_000}[random.nextInt(4)];
    return random.nextBoolean()
        ? "[".repeat(depth) + "]".repeat(depth)
        : "{\"proof\":".repeat(depth) + "1" + "}".repeat(depth);
  }

  private static byte[] randomBytes(Random random, int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}

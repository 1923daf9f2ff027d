package io.securelink.backend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** One spelling per byte string: the rules ids and proofs rely on to name exactly one secret. */
class Base64UrlTest {

  @Test
  void roundTripsEveryLengthAroundABlock() {
    for (int length = 0; length <= 40; length++) {
      byte[] bytes = TestRequests.bytes(length);
      String text = Base64Url.encode(bytes);
      assertEquals(Base64Url.encodedLength(length), text.length());
      assertArrayEquals(bytes, Base64Url.decodeStrict(text));
    }
  }

  @Test
  void refusesEverySpellingButTheCanonicalOne() {
    String id = Base64Url.encode(new byte[16]);
    assertEquals("AAAAAAAAAAAAAAAAAAAAAA", id);
    assertArrayEquals(new byte[16], Base64Url.decodeExact(id, 16));
    for (char last : "BCDEFGHIJKLMNOPRSTUVWXYZabcdefhijklmnopqrstuvxyz0123456789-_".toCharArray()) {
      assertNull(Base64Url.decodeExact(id.substring(0, 21) + last, 16), "unused bits set: " + last);
    }
    assertNull(Base64Url.decodeStrict("AAAAAAAAAAAAAAAAAAAAAA=="), "padding");
    assertNull(Base64Url.decodeStrict("AAAA AAAA"), "whitespace");
    assertNull(Base64Url.decodeStrict("AA+/"), "standard alphabet");
    assertNull(Base64Url.decodeStrict("AAAAA"), "a length no byte string has");
    assertNull(Base64Url.decodeStrict("AAAAAAAAAAAAAAAAAAAAAé"), "non-ASCII");
    assertNull(Base64Url.decodeExact("AAAAAAAAAAAAAAAAAAAAAAAA", 16), "too long");
    assertNull(Base64Url.decodeExact(Base64Url.encode(new byte[32]).substring(0, 42) + "B", 32), "unused bits set");
  }
}

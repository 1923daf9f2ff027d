package io.securelink.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void readsEveryKindOfValue() {
    Map<String, Object> object = Json.parseObject(
        " {\"s\":\"a\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\",\"i\":-42,\"z\":-0,\"t\":true,\"f\":false,"
            + "\"n\":null,\"a\":[1,[],{}],\"big\":9223372036854775807,\"small\":-9223372036854775808} ");
    assertEquals("a\"\\/\b\f\n\r\té😀", object.get("s"));
    assertEquals(-42L, object.get("i"));
    assertEquals(0L, object.get("z"));
    assertEquals(Boolean.TRUE, object.get("t"));
    assertEquals(Boolean.FALSE, object.get("f"));
    assertTrue(object.containsKey("n"));
    assertNull(object.get("n"));
    assertEquals(Arrays.asList(1L, new ArrayList<>(), new LinkedHashMap<>()), object.get("a"));
    assertEquals(Long.MAX_VALUE, object.get("big"));
    assertEquals(Long.MIN_VALUE, object.get("small"));
    assertEquals(Arrays.asList("s", "i", "z", "t", "f", "n", "a", "big", "small"), new ArrayList<>(object.keySet()));
  }

  @Test
  void refusesWhatRfc8259DoesNotAllow() {
    String[] invalid = {"", " ", "{", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "{a:1}", "'a'", "01", "-", "1.", ".5", "1e",
        "+1", "NaN", "Infinity", "tru", "nul", "\"a", "\"\\x\"", "\"\\u12\"", "\"\\u12g4\"", "\"\t\"", "\"\n\"",
        "[1 2]", "{\"a\":1 \"b\":2}", "\u00a0{}", "{}x", "{} {}", "[]]", "1 2", "\"\\uD800\"", "\"\\uDC00\"",
        "\"\\uD800\\u0041\"", "\"\uD800\"", "9223372036854775808", "-9223372036854775809", "1e999", "\"\\u００41\""};
    for (String text : invalid) {
      assertThrows(IllegalArgumentException.class, () -> Json.parse(text), text);
    }
  }

  @Test
  void refusesFractionsAndExponentsWithAClearError() {
    String[] notIntegers = {"1.5", "-0.5", "1.0", "0.0", "1e3", "1E3", "1e+3", "-2e-1", "10.25e2", "[1,2.5]",
        "{\"ttl\":3600.0}"};
    for (String text : notIntegers) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse(text), text);
      assertTrue(e.getMessage().contains("only integers are supported"), e.getMessage());
    }
    assertEquals("Invalid JSON at position 8: only integers are supported, not fractions or exponents",
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"ttl\":1.5}")).getMessage());
  }

  @Test
  void writerRefusesFloatingPointNumbers() {
    for (Object number : new Object[] {0.25, 1.0, Double.NaN, Double.POSITIVE_INFINITY, 2.5f}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.write(number));
      assertTrue(e.getMessage().contains("integers only"), e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> Json.write(Map.of("ttl", 3600.0)));
  }

  @Test
  void refusesDuplicateMemberNames() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\":1,\"b\":2,\"a\":3}"));
    assertTrue(e.getMessage().contains("duplicate"), e.getMessage());
  }

  @Test
  void limitsNestingTo64() {
    assertEquals(1L, dig(Json.parse(nested(64)), 64));
    assertThrows(IllegalArgumentException.class, () -> Json.parse(nested(65)));
    assertThrows(IllegalArgumentException.class, () -> Json.parse(nested(100000)));
  }

  @Test
  void errorsGiveThePositionButNotTheContent() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"proof\":\"SECRETVALUE\" x}"));
    assertEquals("Invalid JSON at position 23: expected '}'", e.getMessage());
    assertFalse(e.getMessage().contains("SECRET"));
  }

  @Test
  void writesCanonicallyAndReadsBackTheSameValue() {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("text", "q\"b\\s\u0000\u001f\u007f\n\r\t\b\f/é😀\u2028");
    object.put("n", -5L);
    object.put("i", 7);
    object.put("list", List.of(true, false, "x"));
    object.put("null", null);
    object.put("empty", new LinkedHashMap<>());
    String written = Json.write(object);
    assertEquals("{\"text\":\"q\\\"b\\\\s\\u0000\\u001f\u007f\\n\\r\\t\\b\\f/é😀\u2028\",\"n\":-5,\"i\":7,"
        + "\"list\":[true,false,\"x\"],\"null\":null,\"empty\":{}}", written);
    Map<String, Object> back = Json.parseObject(written);
    assertEquals(object.get("text"), back.get("text"));
    assertEquals(written, Json.write(back));
  }

  @Test
  void writerRefusesWhatJsonCannotSay() {
    assertThrows(IllegalArgumentException.class, () -> Json.write("a\uD800"));
    assertThrows(IllegalArgumentException.class, () -> Json.write(new Object()));
    assertThrows(IllegalArgumentException.class, () -> Json.write(Map.of(1, "x")));
    assertThrows(IllegalArgumentException.class, () -> Json.write(new byte[1]));
  }

  @Test
  void parseObjectRefusesOtherValues() {
    assertThrows(IllegalArgumentException.class, () -> Json.parseObject("[]"));
    assertThrows(IllegalArgumentException.class, () -> Json.parseObject("null"));
  }

  private static String nested(int depth) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      out.append('[');
    }
    out.append('1');
    for (int i = 0; i < depth; i++) {
      out.append(']');
    }
    return out.toString();
  }

  private static Object dig(Object value, int depth) {
    for (int i = 0; i < depth; i++) {
      value = ((List<?>) value).get(0);
    }
    return value;
  }
}

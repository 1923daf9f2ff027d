package io.securelink.core;

import java.util.List;
import java.util.Map;

/**
 * Strict JSON (RFC 8259) for API bodies and the test vectors, small enough for the browser bundle.
 *
 * <p>Values map to Java as: object → {@code LinkedHashMap<String, Object>} (member order kept), array →
 * {@code ArrayList<Object>}, string → {@code String}, integral number → {@code Long}, other number →
 * {@code Double}, {@code true}/{@code false} → {@code Boolean}, {@code null} → {@code null}.
 *
 * <p>The reader refuses trailing data, duplicate member names, nesting deeper than {@value #MAX_DEPTH}, lone
 * surrogates, integers outside the long range and anything RFC 8259 does not allow. The writer is canonical: no
 * white space, members in map order, only {@code "}, {@code \} and control characters escaped.
 */
public final class Json {

  /** The deepest nesting of arrays and objects the reader accepts. */
  public static final int MAX_DEPTH = 64;

  private Json() {}

  /**
   * Returns the value that {@code text} spells.
   *
   * @throws IllegalArgumentException if {@code text} is not one strict JSON value; the message gives the
   *     position, never the content
   */
  public static Object parse(String text) {
    return new JsonReader(text).readDocument();
  }

  /**
   * Returns the object that {@code text} spells.
   *
   * @throws IllegalArgumentException if {@code text} is not strict JSON or not an object
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> parseObject(String text) {
    Object value = parse(text);
    if (!(value instanceof Map)) {
      throw new IllegalArgumentException("Invalid JSON: expected an object");
    }
    return (Map<String, Object>) value;
  }

  /**
   * Returns the canonical JSON text of {@code value}: a Map with String keys, a List, String, Boolean, null, or an
   * integral or finite floating-point Number.
   *
   * @throws IllegalArgumentException for any other value, a non-finite number or a string with a lone surrogate
   */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    JsonWriter.write(value, out, 0);
    return out.toString();
  }

  /** Returns {@code value} as a list, for callers walking a parsed document. */
  @SuppressWarnings("unchecked")
  static List<Object> asList(Object value) {
    return (List<Object>) value;
  }
}

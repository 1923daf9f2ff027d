package io.securelink.core;

import java.util.List;
import java.util.Map;

/**
 * Strict JSON (RFC 8259) for API bodies and the test vectors, small enough for the browser bundle.
 *
 * <p>Values map to Java as: object → {@code LinkedHashMap<String, Object>} (member order kept), array →
 * {@code ArrayList<Object>}, string → {@code String}, number → {@code Long}, {@code true}/{@code false} →
 * {@code Boolean}, {@code null} → {@code null}.
 *
 * <p>Numbers are integers only: every number SecureLink sends is a count or whole seconds, and leaving out
 * fractions keeps decimal conversion out of the browser bundle. The reader therefore refuses a fraction or an
 * exponent ({@code 1.5}, {@code 1e3}, even {@code 1.0}) with "only integers are supported", and the writer refuses
 * {@code Double} and {@code Float}.
 *
 * <p>The reader also refuses trailing data, duplicate member names, nesting deeper than {@value #MAX_DEPTH}, lone
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
   * Returns the canonical JSON text of {@code value}: a Map with String keys, a List, String, Boolean, null, or a
   * Long, Integer, Short or Byte.
   *
   * @throws IllegalArgumentException for any other value (a floating-point number included) or a string with a
   *     lone surrogate
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

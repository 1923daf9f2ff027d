package io.securelink.core;

import java.util.Collection;
import java.util.Map;

/** The canonical writer behind {@link Json#write}. */
final class JsonWriter {

  private static final String HEX = "0123456789abcdef";

  private JsonWriter() {}

  static void write(Object value, StringBuilder out, int depth) {
    if (depth > Json.MAX_DEPTH) {
      throw new IllegalArgumentException("Cannot write JSON nested deeper than " + Json.MAX_DEPTH);
    }
    if (value == null) {
      out.append("null");
    } else if (value instanceof String) {
      writeString((String) value, out);
    } else if (value instanceof Boolean) {
      out.append(((Boolean) value).booleanValue() ? "true" : "false");
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short
        || value instanceof Byte) {
      out.append(((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      throw new IllegalArgumentException("Cannot write a floating-point number: SecureLink's JSON is integers only");
    } else if (value instanceof Map) {
      writeObject((Map<?, ?>) value, out, depth);
    } else if (value instanceof Collection) {
      writeArray((Collection<?>) value, out, depth);
    } else {
      throw new IllegalArgumentException("Cannot write a value of this type as JSON");
    }
  }

  private static void writeObject(Map<?, ?> object, StringBuilder out, int depth) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> member : object.entrySet()) {
      if (!(member.getKey() instanceof String)) {
        throw new IllegalArgumentException("JSON member names must be strings");
      }
      if (!first) {
        out.append(',');
      }
      first = false;
      writeString((String) member.getKey(), out);
      out.append(':');
      write(member.getValue(), out, depth + 1);
    }
    out.append('}');
  }

  private static void writeArray(Collection<?> array, StringBuilder out, int depth) {
    out.append('[');
    boolean first = true;
    for (Object element : array) {
      if (!first) {
        out.append(',');
      }
      first = false;
      write(element, out, depth + 1);
    }
    out.append(']');
  }

  private static void writeString(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c == '\b') {
        out.append("\\b");
      } else if (c == '\f') {
        out.append("\\f");
      } else if (c < 0x20) {
        out.append("\\u00").append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException("Cannot write a string with an unpaired surrogate at " + i + " as JSON");
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }
}

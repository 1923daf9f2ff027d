package io.securelink.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One object of the vector file, read strictly: each member is taken once, with its type checked, and
 * {@link #done} fails on any member nobody took, so a misspelt or unknown key is an error, not a skipped check.
 */
final class VectorFields {

  private final String context;
  private final Map<String, Object> remaining;

  VectorFields(String context, Object object) {
    if (!(object instanceof Map)) {
      throw new AssertionError(context + ": expected a JSON object");
    }
    this.context = context;
    this.remaining = new LinkedHashMap<>();
    for (Map.Entry<?, ?> member : ((Map<?, ?>) object).entrySet()) {
      remaining.put((String) member.getKey(), member.getValue());
    }
  }

  String context() {
    return context;
  }

  String string(String key) {
    Object value = take(key);
    if (!(value instanceof String)) {
      throw new AssertionError(context + ": member \"" + key + "\" must be a string");
    }
    return (String) value;
  }

  /** Returns the string member, or {@code null} if its value is JSON null. */
  String stringOrNull(String key) {
    if (remaining.containsKey(key) && remaining.get(key) == null) {
      remaining.remove(key);
      return null;
    }
    return string(key);
  }

  byte[] hex(String key) {
    String text = string(key);
    try {
      return Hex.decode(text);
    } catch (IllegalArgumentException e) {
      throw new AssertionError(context + ": member \"" + key + "\": " + e.getMessage());
    }
  }

  /** Returns the hex member as bytes, or {@code null} if its value is JSON null. */
  byte[] hexOrNull(String key) {
    if (remaining.containsKey(key) && remaining.get(key) == null) {
      remaining.remove(key);
      return null;
    }
    return hex(key);
  }

  int integer(String key) {
    Object value = take(key);
    if (!(value instanceof Long)) {
      throw new AssertionError(context + ": member \"" + key + "\" must be an integer");
    }
    return (int) (long) (Long) value;
  }

  List<Object> list(String key) {
    Object value = take(key);
    if (!(value instanceof List)) {
      throw new AssertionError(context + ": member \"" + key + "\" must be an array");
    }
    return Json.asList(value);
  }

  VectorFields object(String key) {
    return new VectorFields(context + "." + key, take(key));
  }

  /** Fails if a member was never taken. */
  void done() {
    if (!remaining.isEmpty()) {
      throw new AssertionError(context + ": unknown member \"" + remaining.keySet().iterator().next() + "\"");
    }
  }

  private Object take(String key) {
    if (!remaining.containsKey(key)) {
      throw new AssertionError(context + ": missing member \"" + key + "\"");
    }
    return remaining.remove(key);
  }
}

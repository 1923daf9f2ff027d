package io.securelink.backend;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a request body: exactly one flat JSON object whose fields are all known.
 *
 * <p>Streaming jackson-core and no data binding: every request is a handful of scalar fields, and the streaming
 * parser is strict about syntax, bounded by its read constraints, and small enough for a lean Lambda. Unknown or
 * repeated fields are refused rather than ignored, so a client bug (a misspelled {@code expiresIn}) is never
 * silently stored with a default.
 */
final class JsonIn {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private final Map<String, Object> values;

  private JsonIn(Map<String, Object> values) {
    this.values = values;
  }

  /** Returns the fields of {@code body}, which may only name {@code allowed} ones. */
  static JsonIn parse(String body, Set<String> allowed) {
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), body)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw ApiError.invalidJson();
      }
      if (first != JsonToken.START_OBJECT) {
        throw ApiError.invalidRequest("The request body must be a JSON object.");
      }
      Map<String, Object> values = new HashMap<>();
      for (String name = parser.nextName(); name != null; name = parser.nextName()) {
        if (!allowed.contains(name)) {
          throw ApiError.invalidRequest("The request has a field this API does not know.");
        }
        if (values.put(name, scalar(parser.nextToken(), parser, name)) != null) {
          throw ApiError.invalidRequest("The field " + name + " appears twice.");
        }
      }
      if (parser.nextToken() != null) {
        throw ApiError.invalidJson();
      }
      return new JsonIn(values);
    } catch (JacksonException e) {
      throw ApiError.invalidJson();
    }
  }

  /** Returns whether the request has the field {@code name}: for the optional ones. */
  boolean has(String name) {
    return values.containsKey(name);
  }

  /** Returns the string field {@code name}. */
  String string(String name) {
    if (require(name) instanceof String text) {
      return text;
    }
    throw ApiError.invalidRequest("The field " + name + " must be a string.");
  }

  /** Returns the boolean field {@code name}. */
  boolean bool(String name) {
    if (require(name) instanceof Boolean flag) {
      return flag;
    }
    throw ApiError.invalidRequest("The field " + name + " must be true or false.");
  }

  /** Returns the field {@code name} as parsed: String, Boolean, Long, BigInteger or a non-integral Number. */
  Object value(String name) {
    return require(name);
  }

  private Object require(String name) {
    Object value = values.get(name);
    if (value == null) {
      throw ApiError.invalidRequest("The field " + name + " is missing.");
    }
    return value;
  }

  private static Object scalar(JsonToken token, JsonParser parser, String name) {
    switch (token) {
      case VALUE_STRING:
        return parser.getString();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NUMBER_INT:
        BigInteger integer = parser.getBigIntegerValue();
        return integer.bitLength() < Long.SIZE ? (Object) integer.longValue() : integer;
      case VALUE_NUMBER_FLOAT:
        return parser.getDecimalValue();
      default:
        throw ApiError.invalidRequest("The field " + name + " must be a string, number or boolean.");
    }
  }
}

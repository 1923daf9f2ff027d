package io.securelink.backend;

import java.io.StringWriter;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** Writes the API's response bodies: flat JSON objects of strings, booleans and integers. */
final class JsonOut {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private JsonOut() {}

  /** Returns the JSON object of {@code fields}, in their iteration order. */
  static String object(Map<String, Object> fields) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      json.writeStartObject();
      for (Map.Entry<String, Object> field : fields.entrySet()) {
        json.writeName(field.getKey());
        writeValue(json, field.getValue());
      }
      json.writeEndObject();
    }
    return out.toString();
  }

  private static void writeValue(JsonGenerator json, Object value) {
    if (value instanceof String text) {
      json.writeString(text);
    } else if (value instanceof Boolean flag) {
      json.writeBoolean(flag);
    } else if (value instanceof Integer number) {
      json.writeNumber(number);
    } else {
      throw new IllegalArgumentException("unsupported JSON value type " + value.getClass().getSimpleName());
    }
  }
}

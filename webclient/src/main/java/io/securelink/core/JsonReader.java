package io.securelink.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The recursive-descent reader behind {@link Json#parse}; one instance reads one document. */
final class JsonReader {

  private final String text;
  private int position;

  JsonReader(String text) {
    if (text == null) {
      throw new NullPointerException("text");
    }
    this.text = text;
  }

  Object readDocument() {
    Object value = readValue(0);
    skipWhitespace();
    if (position != text.length()) {
      throw error("unexpected data after the value");
    }
    return value;
  }

  private Object readValue(int depth) {
    skipWhitespace();
    if (position >= text.length()) {
      throw error("unexpected end of input");
    }
    char c = text.charAt(position);
    if (c == '{') {
      return readObject(depth + 1);
    }
    if (c == '[') {
      return readArray(depth + 1);
    }
    if (c == '"') {
      return readString();
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      return readNumber();
    }
    if (readLiteral("true")) {
      return Boolean.TRUE;
    }
    if (readLiteral("false")) {
      return Boolean.FALSE;
    }
    if (readLiteral("null")) {
      return null;
    }
    throw error("unexpected character");
  }

  private Map<String, Object> readObject(int depth) {
    requireDepth(depth);
    position++;
    Map<String, Object> object = new LinkedHashMap<>();
    skipWhitespace();
    if (consume('}')) {
      return object;
    }
    do {
      skipWhitespace();
      if (position >= text.length() || text.charAt(position) != '"') {
        throw error("expected a member name");
      }
      int nameStart = position;
      String name = readString();
      if (object.containsKey(name)) {
        position = nameStart;
        throw error("duplicate member name");
      }
      skipWhitespace();
      expect(':');
      object.put(name, readValue(depth));
      skipWhitespace();
    } while (consume(','));
    expect('}');
    return object;
  }

  private List<Object> readArray(int depth) {
    requireDepth(depth);
    position++;
    List<Object> array = new ArrayList<>();
    skipWhitespace();
    if (consume(']')) {
      return array;
    }
    do {
      array.add(readValue(depth));
      skipWhitespace();
    } while (consume(','));
    expect(']');
    return array;
  }

  private String readString() {
    position++;
    StringBuilder out = new StringBuilder();
    while (true) {
      if (position >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(position);
      if (c == '"') {
        position++;
        return out.toString();
      }
      if (c < 0x20) {
        throw error("unescaped control character in a string");
      }
      if (c == '\\') {
        readEscape(out);
      } else if (Character.isHighSurrogate(c) && position + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(position + 1))) {
        out.append(c).append(text.charAt(position + 1));
        position += 2;
      } else if (Character.isSurrogate(c)) {
        throw error("unpaired surrogate in a string");
      } else {
        out.append(c);
        position++;
      }
    }
  }

  private void readEscape(StringBuilder out) {
    position++;
    if (position >= text.length()) {
      throw error("unterminated escape");
    }
    char c = text.charAt(position++);
    switch (c) {
      case '"': out.append('"'); return;
      case '\\': out.append('\\'); return;
      case '/': out.append('/'); return;
      case 'b': out.append('\b'); return;
      case 'f': out.append('\f'); return;
      case 'n': out.append('\n'); return;
      case 'r': out.append('\r'); return;
      case 't': out.append('\t'); return;
      case 'u': break;
      default: position--; throw error("unknown escape");
    }
    char unit = readHexUnit();
    if (Character.isHighSurrogate(unit)) {
      if (!text.startsWith("\\u", position)) {
        throw error("unpaired surrogate escape");
      }
      position += 2;
      char low = readHexUnit();
      if (!Character.isLowSurrogate(low)) {
        throw error("unpaired surrogate escape");
      }
      out.append(unit).append(low);
    } else if (Character.isLowSurrogate(unit)) {
      throw error("unpaired surrogate escape");
    } else {
      out.append(unit);
    }
  }

  private char readHexUnit() {
    if (position + 4 > text.length()) {
      throw error("incomplete \\u escape");
    }
    int value = 0;
    for (int i = 0; i < 4; i++) {
      int digit = hexValue(text.charAt(position));
      if (digit < 0) {
        throw error("bad hex digit in a \\u escape");
      }
      value = value * 16 + digit;
      position++;
    }
    return (char) value;
  }

  private Long readNumber() {
    int start = position;
    consume('-');
    if (consume('0')) {
      if (position < text.length() && isDigit(text.charAt(position))) {
        throw error("leading zero in a number");
      }
    } else {
      requireDigits();
    }
    if (position < text.length() && isFractionOrExponent(text.charAt(position))) {
      // SecureLink's numbers are counts and whole seconds; refusing the rest keeps decimal conversion
      // (about 19 KB gzip of TeaVM output) out of the page.
      throw error("only integers are supported, not fractions or exponents");
    }
    return parseLong(text.substring(start, position), start);
  }

  private static boolean isFractionOrExponent(char c) {
    return c == '.' || c == 'e' || c == 'E';
  }

  private Long parseLong(String number, int start) {
    // Accumulate negatively: the long range has one more negative value than positive.
    boolean negative = number.charAt(0) == '-';
    long value = 0;
    for (int i = negative ? 1 : 0; i < number.length(); i++) {
      int digit = number.charAt(i) - '0';
      if (value < (Long.MIN_VALUE + digit) / 10) {
        position = start;
        throw error("integer out of range");
      }
      value = value * 10 - digit;
    }
    if (!negative && value == Long.MIN_VALUE) {
      position = start;
      throw error("integer out of range");
    }
    return negative ? value : -value;
  }

  private void requireDigits() {
    int start = position;
    while (position < text.length() && isDigit(text.charAt(position))) {
      position++;
    }
    if (position == start) {
      throw error("expected a digit");
    }
  }

  private static int hexValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private boolean readLiteral(String literal) {
    if (text.startsWith(literal, position)) {
      position += literal.length();
      return true;
    }
    return false;
  }

  private void requireDepth(int depth) {
    if (depth > Json.MAX_DEPTH) {
      throw error("nested deeper than " + Json.MAX_DEPTH);
    }
  }

  private void skipWhitespace() {
    while (position < text.length()) {
      char c = text.charAt(position);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      position++;
    }
  }

  private boolean consume(char expected) {
    if (position < text.length() && text.charAt(position) == expected) {
      position++;
      return true;
    }
    return false;
  }

  private void expect(char expected) {
    if (!consume(expected)) {
      throw error("expected '" + expected + "'");
    }
  }

  private IllegalArgumentException error(String problem) {
    return new IllegalArgumentException("Invalid JSON at position " + position + ": " + problem);
  }
}

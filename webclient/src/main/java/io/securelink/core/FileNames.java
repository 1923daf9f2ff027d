package io.securelink.core;

/**
 * The rule for a shared file's name, FORMAT.md §Payload: 1 to 255 UTF-8 bytes, no control character, no
 * Unicode bidirectional control, no {@code /} or {@code \}, and not {@code .} or {@code ..}, so a receiver can
 * save it under that name without it naming another folder, and the name reads as what it is: with U+202E,
 * "\u202Egnp.exe" displays as "exe.png".
 */
final class FileNames {

  private FileNames() {}

  /** Returns what is wrong with {@code name} as a message for the user, or {@code null} if it is allowed. */
  static String problem(String name) {
    if (name.isEmpty()) {
      return "The file needs a name.";
    }
    if (Utf8.encodedLength(name) > Payload.MAX_NAME_BYTES) {
      return "The file name is too long: at most " + Payload.MAX_NAME_BYTES + " bytes as UTF-8.";
    }
    if (name.equals(".") || name.equals("..")) {
      return "The file name cannot be . or ..";
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isISOControl(c) || c == '/' || c == '\\') {
        return "The file name cannot contain control characters, / or \\.";
      }
      if (isBidiControl(c)) {
        return "The file name cannot contain Unicode direction controls: they make a name display as another.";
      }
    }
    return null;
  }

  /** Returns whether {@code c} is a Unicode bidirectional control: ALM, LRM, RLM, LRE to RLO, LRI to PDI. */
  static boolean isBidiControl(char c) {
    return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }
}

package io.securelink.web;

/** Spells byte counts for people: "812 bytes", "1.5 KiB", "4 MiB". Plain arithmetic, no String.format. */
final class ByteSizes {

  private static final long KIB = 1024;
  private static final long MIB = 1024 * KIB;

  private ByteSizes() {}

  /** Returns {@code bytes} in bytes, KiB or MiB with at most one decimal, rounded down so limits never look larger. */
  static String describe(long bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("a size cannot be negative");
    }
    if (bytes == 1) {
      return "1 byte";
    }
    if (bytes < KIB) {
      return bytes + " bytes";
    }
    if (bytes < MIB) {
      return tenths(bytes * 10 / KIB) + " KiB";
    }
    return tenths(bytes * 10 / MIB) + " MiB";
  }

  /** Returns the exact count with thousands separators, e.g. "4,194,304". */
  static String exact(long bytes) {
    String digits = Long.toString(bytes);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        out.append(',');
      }
      out.append(digits.charAt(i));
    }
    return out.toString();
  }

  private static String tenths(long tenths) {
    long whole = tenths / 10;
    long fraction = tenths % 10;
    return fraction == 0 ? Long.toString(whole) : whole + "." + fraction;
  }
}

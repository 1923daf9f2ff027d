package io.securelink.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --expires} value: a whole number with a unit, {@code s}, {@code m}, {@code h} or {@code d}
 * ({@code 5m}, {@code 1h}, {@code 7d}, {@code 90s}), converted to the API's {@code expiresIn} seconds and held to
 * its bounds, 60 seconds to 30 days.
 */
final class ExpiresIn implements ITypeConverter<Long> {

  static final long MIN_SECONDS = 60;
  static final long MAX_SECONDS = 30L * 24 * 60 * 60;
  private static final Pattern DURATION = Pattern.compile("([0-9]{1,9})([smhd])");

  @Override
  public Long convert(String value) {
    return parseSeconds(value);
  }

  /**
   * Returns the seconds {@code value} spells.
   *
   * @throws TypeConversionException if it is malformed or outside 60 s to 30 d; picocli makes it a usage error
   */
  static long parseSeconds(String value) {
    Matcher matcher = DURATION.matcher(value.strip());
    if (!matcher.matches()) {
      throw new TypeConversionException("'" + printable(value) + "' is not a duration: use a number and a unit,"
          + " like 90s, 5m, 1h, 1d or 30d");
    }
    long seconds = Long.parseLong(matcher.group(1)) * unitSeconds(matcher.group(2).charAt(0));
    if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
      throw new TypeConversionException("the expiry must be between 60s and 30d, not " + matcher.group());
    }
    return seconds;
  }

  /** Returns a short human spelling of {@code seconds}, the largest whole unit: 86400 → {@code 1d}. */
  static String describe(long seconds) {
    if (seconds % 86_400 == 0) {
      return seconds / 86_400 + "d";
    }
    if (seconds % 3_600 == 0) {
      return seconds / 3_600 + "h";
    }
    return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
  }

  private static long unitSeconds(char unit) {
    return switch (unit) {
      case 's' -> 1;
      case 'm' -> 60;
      case 'h' -> 3_600;
      default -> 86_400;
    };
  }

  private static String printable(String value) {
    String cut = value.length() > 20 ? value.substring(0, 20) + "…" : value;
    return cut.replaceAll("\\p{Cntrl}", "?");
  }
}

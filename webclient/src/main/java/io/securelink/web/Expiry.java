package io.securelink.web;

/**
 * The expiry choices of the create form, in seconds as the API's {@code expiresIn} takes them. The select in
 * index.html offers exactly these values; anything else (a page edited in dev tools) is refused.
 */
final class Expiry {

  static final int FIVE_MINUTES = 5 * 60;
  static final int ONE_HOUR = 60 * 60;
  static final int ONE_DAY = 24 * ONE_HOUR;
  static final int SEVEN_DAYS = 7 * ONE_DAY;
  static final int THIRTY_DAYS = 30 * ONE_DAY;

  private static final int[] CHOICES = {FIVE_MINUTES, ONE_HOUR, ONE_DAY, SEVEN_DAYS, THIRTY_DAYS};

  private Expiry() {}

  /**
   * Returns the seconds that the select's value names.
   *
   * @throws IllegalArgumentException if it is not one of the offered choices
   */
  static int parseSeconds(String value) {
    for (int choice : CHOICES) {
      if (Integer.toString(choice).equals(value)) {
        return choice;
      }
    }
    throw new IllegalArgumentException("Choose one of the offered expiry times.");
  }
}

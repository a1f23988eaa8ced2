package io.monitoringascode.prometheus.promql;

import io.monitoringascode.core.lang.GoStrings;
import java.util.Locale;

/**
 * Reads number and duration tokens as Prometheus does: numbers with Go's {@code strconv.ParseInt(s, 0, 64)} and then
 * {@code ParseFloat}, durations with {@code model.ParseDuration} (units {@code y w d h m s ms}, largest first, each
 * once). Failures are reported as a message, never thrown.
 */
final class Literals {
  private static final String[] UNITS = {"y", "w", "d", "h", "m", "s", "ms"};
  private static final long[] UNIT_MILLIS = {365L * 24 * 3600 * 1000, 7L * 24 * 3600 * 1000, 24L * 3600 * 1000,
      3600L * 1000, 60L * 1000, 1000L, 1L};
  /** Prometheus keeps durations as int64 nanoseconds. */
  private static final long MAX_MILLIS = Long.MAX_VALUE / 1_000_000;

  private Literals() {}

  /** The value of a number token, or {@code null} when Go cannot read it (see {@link #numberError}). */
  static Double number(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.equals("inf")) {
      return Double.POSITIVE_INFINITY;
    }
    if (lower.equals("nan")) {
      return Double.NaN;
    }
    if (lower.startsWith("0x")) {
      return integer(text, 2, 16);
    }
    if (text.length() > 1 && text.charAt(0) == '0') {
      Double octal = integer(text, 1, 8);
      if (octal != null) {
        return octal;
      }
    }
    Double decimal = integer(text, 0, 10);
    if (decimal != null) {
      return decimal;
    }
    if (text.isEmpty() || text.charAt(text.length() - 1) == 'e' || text.charAt(text.length() - 1) == 'E'
        || text.endsWith("+") || text.endsWith("-") || text.equals(".")) {
      return null;
    }
    try {
      double value = Double.parseDouble(text);
      return Double.isInfinite(value) ? null : value;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The message Prometheus gives for a number token it cannot read. */
  static String numberError(String text) {
    boolean outOfRange;
    try {
      outOfRange = Double.isInfinite(Double.parseDouble(text));
    } catch (NumberFormatException e) {
      outOfRange = false;
    }
    return "error parsing number: strconv.ParseFloat: parsing " + GoStrings.quote(text)
        + (outOfRange ? ": value out of range" : ": invalid syntax");
  }

  /** An integer of only digits of the base, or {@code null}; beyond int64 it is read as a float, as Go does. */
  private static Double integer(String text, int from, int radix) {
    if (from >= text.length()) {
      return null;
    }
    long value = 0;
    boolean overflow = false;
    for (int i = from; i < text.length(); i++) {
      int digit = Character.digit(text.charAt(i), radix);
      if (digit < 0) {
        return null;
      }
      if (value > (Long.MAX_VALUE - digit) / radix) {
        overflow = true;
      }
      value = value * radix + digit;
    }
    if (overflow) {
      return radix == 10 ? Double.parseDouble(text) : null;
    }
    return (double) value;
  }

  /**
   * The length of a duration token in milliseconds, or a negative number when it is not a duration: -1 for bad
   * syntax, -2 when it is longer than Prometheus can hold.
   */
  static long durationMillis(String text) {
    if (text.equals("0")) {
      return 0;
    }
    int pos = 0;
    int nextUnit = 0;
    long total = 0;
    int length = text.length();
    if (length == 0) {
      return -1;
    }
    while (pos < length) {
      int digitsStart = pos;
      long count = 0;
      boolean overflow = false;
      while (pos < length && Lexer.isDigit(text.charAt(pos))) {
        int digit = text.charAt(pos) - '0';
        if (count > (Long.MAX_VALUE - digit) / 10) {
          overflow = true;
        } else {
          count = count * 10 + digit;
        }
        pos++;
      }
      if (pos == digitsStart || pos == length) {
        return -1;
      }
      int unit = -1;
      for (int u = nextUnit; u < UNITS.length; u++) {
        if (text.startsWith(UNITS[u], pos) && !(u == 4 && text.startsWith("ms", pos))) {
          unit = u;
          break;
        }
      }
      if (unit < 0) {
        return -1;
      }
      pos += UNITS[unit].length();
      nextUnit = unit + 1;
      if (overflow || count > MAX_MILLIS / UNIT_MILLIS[unit]) {
        total = -2;
      } else if (total >= 0) {
        total += count * UNIT_MILLIS[unit];
        if (total > MAX_MILLIS) {
          total = -2;
        }
      }
    }
    return total;
  }
}

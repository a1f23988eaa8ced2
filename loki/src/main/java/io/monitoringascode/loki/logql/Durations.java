package io.monitoringascode.loki.logql;

import io.monitoringascode.core.lang.GoStrings;
import java.time.Duration;

/**
 * Durations as LogQL reads and prints them: Prometheus' {@code model.ParseDuration} and {@code model.Duration.String}
 * for ranges, Go's {@code time.ParseDuration} as the fallback Loki allows elsewhere, and Go's
 * {@code time.Duration.String} for offsets and duration label filters.
 */
final class Durations {
  private static final long MS = 1_000_000L;
  private static final String[] PROM_UNITS = {"y", "w", "d", "h", "m", "s", "ms"};
  private static final long[] PROM_MILLIS = {365L * 24 * 3600 * 1000, 7L * 24 * 3600 * 1000, 24L * 3600 * 1000,
      3600L * 1000, 60L * 1000, 1000L, 1L};

  private Durations() {}

  /**
   * Parses a Prometheus duration such as {@code 1h30m}: integer amounts, units from years to milliseconds, each unit
   * at most once and in decreasing order.
   *
   * @return the duration, or null with {@code error[0]} set to Prometheus' message
   */
  static Duration parseProm(String text, String[] error) {
    if (text.equals("0")) {
      return Duration.ZERO;
    }
    if (text.isEmpty()) {
      error[0] = "empty duration string";
      return null;
    }
    long millis = 0;
    int lastUnit = -1;
    int i = 0;
    while (i < text.length()) {
      int start = i;
      while (i < text.length() && Literals.isDigit(text.charAt(i))) {
        i++;
      }
      if (i == start || i - start > 18) {
        error[0] = "not a valid duration string: " + GoStrings.quote(text);
        return null;
      }
      long amount = Long.parseLong(text.substring(start, i));
      int unitStart = i;
      while (i < text.length() && !Literals.isDigit(text.charAt(i))) {
        i++;
      }
      int unit = promUnit(text.substring(unitStart, i));
      if (unit <= lastUnit) {
        error[0] = "not a valid duration string: " + GoStrings.quote(text);
        return null;
      }
      lastUnit = unit;
      long part = amount * PROM_MILLIS[unit];
      if (amount != 0 && part / amount != PROM_MILLIS[unit] || millis + part < 0 || part > Long.MAX_VALUE / MS) {
        error[0] = "duration out of range";
        return null;
      }
      millis += part;
    }
    if (millis > Long.MAX_VALUE / MS) {
      error[0] = "duration out of range";
      return null;
    }
    return Duration.ofMillis(millis);
  }

  private static int promUnit(String unit) {
    for (int u = 0; u < PROM_UNITS.length; u++) {
      if (PROM_UNITS[u].equals(unit)) {
        return u;
      }
    }
    return -1;
  }

  /** Loki's {@code parseDuration}: Prometheus' form first, then Go's {@code time.ParseDuration}; null if neither. */
  static Duration parseLoki(String text) {
    Duration prom = parseProm(text, new String[1]);
    return prom != null ? prom : parseGo(text);
  }

  /** Go's {@code time.ParseDuration}: signed, decimal amounts, units {@code ns us µs ms s m h}; null if invalid. */
  static Duration parseGo(String text) {
    int i = 0;
    boolean negative = false;
    if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
      negative = text.charAt(i) == '-';
      i++;
    }
    if (text.substring(i).equals("0")) {
      return Duration.ZERO;
    }
    if (i == text.length()) {
      return null;
    }
    double total = 0;
    while (i < text.length()) {
      int start = i;
      while (i < text.length() && (Literals.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
        i++;
      }
      String number = text.substring(start, i);
      if (number.isEmpty() || number.equals(".") || number.indexOf('.') != number.lastIndexOf('.')) {
        return null;
      }
      int unitStart = i;
      while (i < text.length() && !Literals.isDigit(text.charAt(i)) && text.charAt(i) != '.') {
        i++;
      }
      long nanos = switch (text.substring(unitStart, i)) {
        case "ns" -> 1L;
        case "us", "µs", "μs" -> 1_000L;
        case "ms" -> MS;
        case "s" -> 1_000 * MS;
        case "m" -> 60_000 * MS;
        case "h" -> 3_600_000 * MS;
        default -> -1L;
      };
      if (nanos < 0) {
        return null;
      }
      total += Double.parseDouble(number) * nanos;
      if (total > Long.MAX_VALUE) {
        return null;
      }
    }
    long nanos = Math.round(total);
    return Duration.ofNanos(negative ? -nanos : nanos);
  }

  /** Prometheus' {@code model.Duration.String}: {@code 5m}, {@code 1h30m}, {@code 1w}, {@code 0s}. */
  static String formatProm(Duration duration) {
    long ms = duration.toMillis();
    if (ms == 0) {
      return "0s";
    }
    StringBuilder out = new StringBuilder();
    for (int u = 0; u < PROM_UNITS.length; u++) {
      // Years and weeks only when they divide the whole duration, as Prometheus prints 90d rather than 12w6d.
      if (u < 2 && ms % PROM_MILLIS[u] != 0) {
        continue;
      }
      long amount = ms / PROM_MILLIS[u];
      if (amount > 0) {
        out.append(amount).append(PROM_UNITS[u]);
        ms -= amount * PROM_MILLIS[u];
      }
    }
    return out.toString();
  }

  /** Go's {@code time.Duration.String}: {@code 1h0m0s}, {@code 1m30s}, {@code 1.5s}, {@code 500ms}, {@code 0s}. */
  static String formatGo(Duration duration) {
    long nanos = duration.toNanos();
    if (nanos == 0) {
      return "0s";
    }
    String sign = nanos < 0 ? "-" : "";
    long u = Math.abs(nanos);
    if (u < 1_000_000_000L) {
      if (u < 1_000L) {
        return sign + u + "ns";
      }
      if (u < 1_000_000L) {
        return sign + fraction(u, 3) + "µs";
      }
      return sign + fraction(u, 6) + "ms";
    }
    StringBuilder out = new StringBuilder(sign);
    long hours = u / 3_600_000_000_000L;
    long rest = u % 3_600_000_000_000L;
    long minutes = rest / 60_000_000_000L;
    long secondsNanos = rest % 60_000_000_000L;
    if (hours > 0) {
      out.append(hours).append('h');
    }
    if (hours > 0 || minutes > 0) {
      out.append(minutes).append('m');
    }
    return out.append(fraction(secondsNanos, 9)).append('s').toString();
  }

  private static String fraction(long value, int decimals) {
    long scale = (long) Math.pow(10, decimals);
    long whole = value / scale;
    long part = value % scale;
    if (part == 0) {
      return Long.toString(whole);
    }
    String digits = Long.toString(part + scale).substring(1);
    int end = digits.length();
    while (digits.charAt(end - 1) == '0') {
      end--;
    }
    return whole + "." + digits.substring(0, end);
  }
}

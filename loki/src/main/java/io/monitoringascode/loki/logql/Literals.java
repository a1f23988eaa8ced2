package io.monitoringascode.loki.logql;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Go's literal forms as LogQL uses them (strings: {@code core.lang.GoStrings}): number printing ({@code fmt.Sprint}, {@code strconv.FormatFloat(f, 'f', -1)}, {@code %f}),
 * and the byte sizes of {@code go-humanize} ({@code ParseBytes}, {@code Bytes}).
 */
final class Literals {
  private static final String[] SIZES = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};

  private Literals() {}

  /** A number as Go's {@code fmt.Sprint(float64)} prints it: shortest digits, exponent form below 1e-4 and from 1e6
   * ({@code %v} is {@code %g} with the shortest precision, which switches at six digits). */
  static String formatShortest(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "+Inf" : "-Inf";
    }
    if (value == 0) {
      return 1 / value < 0 ? "-0" : "0";
    }
    BigDecimal decimal = new BigDecimal(Double.toString(Math.abs(value))).stripTrailingZeros();
    String digits = decimal.unscaledValue().toString();
    int exponent = digits.length() - decimal.scale() - 1;
    String sign = value < 0 ? "-" : "";
    if (exponent < -4 || exponent >= 6) {
      StringBuilder out = new StringBuilder(sign).append(digits.charAt(0));
      if (digits.length() > 1) {
        out.append('.').append(digits, 1, digits.length());
      }
      out.append('e').append(exponent < 0 ? '-' : '+');
      int magnitude = Math.abs(exponent);
      if (magnitude < 10) {
        out.append('0');
      }
      return out.append(magnitude).toString();
    }
    return sign + decimal.toPlainString();
  }

  /** A number as Go's {@code strconv.FormatFloat(f, 'f', -1, 64)} prints it: shortest digits, never an exponent. */
  static String formatPlain(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "+Inf" : "-Inf";
    }
    if (value == 0) {
      return 1 / value < 0 ? "-0" : "0";
    }
    return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }

  /** A number as Go's {@code %f} prints it: six decimals. */
  static String formatSixDecimals(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "+Inf" : "-Inf";
    }
    String text = new BigDecimal(value).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
    return value < 0 || (value == 0 && 1 / value < 0) ? (text.startsWith("-") ? text : "-" + text) : text;
  }

  /**
   * Parses a number as Go's {@code strconv.ParseFloat} does for the decimal forms LogQL's lexer produces.
   *
   * @return the value, or null when Go would refuse the text
   */
  static Double parseNumber(String text) {
    int i = 0;
    int n = text.length();
    boolean digits = false;
    while (i < n && isDigit(text.charAt(i))) {
      i++;
      digits = true;
    }
    if (i < n && text.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
        digits = true;
      }
    }
    if (!digits) {
      return null;
    }
    if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int start = i;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
      }
      if (i == start) {
        return null;
      }
    }
    return i == n ? Double.valueOf(Double.parseDouble(text)) : null;
  }

  /** Parses a decimal integer as Go's {@code strconv.Atoi} does; null when it is not one. */
  static Integer parseInteger(String text) {
    int i = text.startsWith("+") || text.startsWith("-") ? 1 : 0;
    if (i == text.length() || text.length() > 11) {
      return null;
    }
    for (int k = i; k < text.length(); k++) {
      if (!isDigit(text.charAt(k))) {
        return null;
      }
    }
    long value = Long.parseLong(text);
    return value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? null : Integer.valueOf((int) value);
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Parses a byte size as {@code humanize.ParseBytes} does: a decimal number and a unit such as {@code kB}, {@code
   * MiB},
   * {@code K} or none, case-insensitive.
   *
   * @return the number of bytes, or -1 when the text is not a size
   */
  static long parseBytes(String text) {
    int split = 0;
    while (split < text.length() && (isDigit(text.charAt(split)) || text.charAt(split) == '.')) {
      split++;
    }
    if (split == 0) {
      return -1;
    }
    double number;
    try {
      number = Double.parseDouble(text.substring(0, split));
    } catch (NumberFormatException e) {
      return -1;
    }
    long multiplier = multiplier(text.substring(split).trim().toLowerCase(java.util.Locale.ROOT));
    if (multiplier < 0) {
      return -1;
    }
    double bytes = number * multiplier;
    return bytes >= 0x1p64 ? -1 : (long) bytes;
  }

  private static long multiplier(String unit) {
    return switch (unit) {
      case "", "b" -> 1L;
      case "k", "kb" -> 1_000L;
      case "ki", "kib" -> 1L << 10;
      case "m", "mb" -> 1_000_000L;
      case "mi", "mib" -> 1L << 20;
      case "g", "gb" -> 1_000_000_000L;
      case "gi", "gib" -> 1L << 30;
      case "t", "tb" -> 1_000_000_000_000L;
      case "ti", "tib" -> 1L << 40;
      case "p", "pb" -> 1_000_000_000_000_000L;
      case "pi", "pib" -> 1L << 50;
      default -> -1L;
    };
  }

  /** A byte size as {@code humanize.Bytes} prints it, without its space: {@code 20MB}, {@code 1.0kB}, {@code 5B}. */
  static String formatBytes(long bytes) {
    if (bytes >= 0 && bytes < 10) {
      return bytes + "B";
    }
    double size = bytes < 0 ? bytes + 0x1p64 : bytes;
    int e = (int) Math.floor(Math.log(size) / Math.log(1000));
    double value = Math.floor(size / Math.pow(1000, e) * 10 + 0.5) / 10;
    BigDecimal rounded = new BigDecimal(value).setScale(value < 10 ? 1 : 0, RoundingMode.HALF_EVEN);
    return rounded.toPlainString() + SIZES[Math.min(e, SIZES.length - 1)];
  }
}

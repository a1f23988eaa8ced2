package io.monitoringascode.core.value;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duration in Prometheus' notation, such as {@code 30s}, {@code 1h30m} or {@code 0}: units {@code y w d h m s ms} in
 * that order, each at most once, integers only. This is the syntax of Prometheus' {@code model.ParseDuration} and of the
 * {@code Duration} pattern in the Prometheus-Operator CRDs; {@code 30} and {@code 5 minutes} are rejected.
 *
 * @param text the duration as written
 * @param millis its length in milliseconds
 */
public record PromDuration(String text, long millis) {
  private static final Pattern SYNTAX = Pattern.compile(
      "0|(?:(\\d+)y)?(?:(\\d+)w)?(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?(?:(\\d+)ms)?");
  private static final long MAX_MILLIS = Long.MAX_VALUE / 1_000_000;
  private static final long[] UNIT_MILLIS = {
      365L * 24 * 3600 * 1000, 7L * 24 * 3600 * 1000, 24L * 3600 * 1000, 3600L * 1000, 60L * 1000, 1000L, 1L};

  /** Validates the text, and that the length is the text's. */
  public PromDuration {
    long expected = millisOf(text);
    if (expected < 0) {
      throw new InvalidModelException("Duration `" + text + "` is not a Prometheus duration such as `30s` or `1h30m`.");
    }
    if (millis != expected) {
      throw new InvalidModelException("Duration `" + text + "` is " + expected + " ms, not " + millis + " ms.");
    }
  }

  /**
   * Parses a duration.
   *
   * @param text the duration, for example {@code 1h30m}
   * @return the parsed duration
   * @throws InvalidModelException if the text is not a Prometheus duration
   */
  public static PromDuration parse(String text) {
    return new PromDuration(text, millisOf(text));
  }

  /**
   * Parses a duration for a named attribute, so that the error names the attribute.
   *
   * @param attribute the attribute or YAML key the value is for, such as {@code interval}
   * @param text the value given
   * @return the parsed duration
   * @throws InvalidModelException naming the attribute and the value if it is not a Prometheus duration
   */
  public static PromDuration parse(String attribute, String text) {
    long millis = millisOf(text);
    if (millis < 0) {
      throw new InvalidModelException("`" + attribute + "`: " + describeInvalid(text));
    }
    return new PromDuration(text, millis);
  }

  /**
   * Tells whether a text is a Prometheus duration.
   *
   * @param text the text, possibly {@code null}
   * @return {@code true} for {@code 30s}, {@code 1h30m}, {@code 0}; {@code false} for {@code 30}, {@code 5 minutes},
   *     the empty string and {@code null}
   */
  public static boolean isValid(String text) {
    return millisOf(text) >= 0;
  }

  /**
   * Explains why a text is not a duration, with the likely fix.
   *
   * @param text the rejected value
   * @return one sentence for an exception message
   */
  public static String describeInvalid(String text) {
    String fix = fixHint(text);
    return diagnose(text) + "; " + Character.toLowerCase(fix.charAt(0)) + fix.substring(1);
  }

  /**
   * The usual fix for a text that is not a duration, as a finding's hint.
   *
   * @param text the rejected value
   * @return {@code Write `30s`.} for a bare {@code 30}, else the general form with its units
   */
  public static String fixHint(String text) {
    if (text != null && text.matches("\\d+")) {
      return "Write `" + text + "s`.";
    }
    return "Write it as `30s`, `5m` or `1h30m` (units y, w, d, h, m, s, ms, largest first, no spaces).";
  }

  /**
   * Says what is wrong with a text that is not a duration, without the fix, for findings that give the fix as a hint.
   *
   * @param text the rejected value
   * @return for example {@code Duration `30` is not a Prometheus duration: a bare number has no unit}, without a
   *     final period
   */
  public static String diagnose(String text) {
    String base = "Duration `" + text + "` is not a Prometheus duration";
    if (text != null && text.matches("\\d+")) {
      return base + ": a bare number has no unit";
    }
    return text != null && SYNTAX.matcher(text).matches() ? base + ": it is longer than Prometheus' limit of 292 years"
        : base;
  }

  /**
   * The length of a duration without building it, for code that only compares lengths.
   *
   * @param text such as {@code 5m}; may be null
   * @return milliseconds, or -1 if the text is not a duration (or overflows)
   */
  public static long millisOf(String text) {
    if (text == null || text.isEmpty()) {
      return -1;
    }
    Matcher m = SYNTAX.matcher(text);
    if (!m.matches()) {
      return -1;
    }
    long total = 0;
    for (int unit = 0; unit < UNIT_MILLIS.length; unit++) {
      String digits = m.group(unit + 1);
      if (digits != null) {
        try {
          total = Math.addExact(total, Math.multiplyExact(Long.parseLong(digits), UNIT_MILLIS[unit]));
        } catch (ArithmeticException | NumberFormatException overflow) {
          return -1;
        }
      }
    }
    // Prometheus keeps durations as int64 nanoseconds: anything longer (about 292 years) is out of range.
    return total > MAX_MILLIS ? -1 : total;
  }

  @Override
  public String toString() {
    return text;
  }
}

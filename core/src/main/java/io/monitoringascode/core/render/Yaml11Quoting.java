package io.monitoringascode.core.render;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.util.regex.Pattern;

/**
 * Quotes every string that a YAML 1.1 reader (kubectl, Helm, Prometheus' Go YAML) would read as something other than
 * a string: booleans such as {@code on} and {@code yes}, nulls, the value and merge keys {@code =} and {@code <<}, numbers in every 1.1 form ({@code 1e3}, {@code 0755},
 * {@code 0x1F}, {@code 1_000}, {@code 1:30} sexagesimal, {@code .inf}) and timestamps.
 */
final class Yaml11Quoting extends StringQuotingChecker.Default {
  private static final long serialVersionUID = 1L;

  private static final Pattern RESERVED = Pattern.compile(
      "(?i)y|n|yes|no|true|false|on|off|null|~|=|<<|\\.nan|[-+]?\\.inf");
  // Case-insensitive: Go's YAML reads `0X1F` and `0B11` as numbers too.
  private static final Pattern NUMBER_LIKE = Pattern.compile("(?i)"
      + "[-+]?(?:0b[01_]+|0x[0-9a-fA-F_]+|0o?[0-7_]+|[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?"
          + "|(?:[0-9][0-9_]*)?\\.?[0-9_]*(?:[eE][-+]?[0-9]+)?)");
  /** The first characters of every string that the patterns can match, digits aside. */
  private static final String SCALAR_STARTS = "yYnNtTfFoO~=<.+-_eE";
  private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}(?:[Tt ].*)?");

  @Override
  public boolean needToQuoteValue(String value) {
    return value.isEmpty() || super.needToQuoteValue(value) || looksLikeScalar(value);
  }

  @Override
  public boolean needToQuoteName(String name) {
    return name.isEmpty() || super.needToQuoteName(name) || looksLikeScalar(name);
  }

  private static boolean looksLikeScalar(String value) {
    // Line breaks that YAML knows but Java's line handling may not: a plain scalar would lose them on reading.
    if (value.indexOf('\u0085') >= 0 || value.indexOf('\u2028') >= 0 || value.indexOf('\u2029') >= 0) {
      return true;
    }
    // Every string the patterns below can match starts with a digit or one of these; most keys and values (PromQL,
    // `apiVersion`, `metadata`) do not, and skip the patterns, which are most of the cost of rendering.
    char first = value.charAt(0);
    if ((first < '0' || first > '9') && SCALAR_STARTS.indexOf(first) < 0) {
      return false;
    }
    if (RESERVED.matcher(value).matches() || TIMESTAMP.matcher(value).matches()) {
      return true;
    }
    // The number pattern also matches `_` and `-`; YAML 1.1 reads a match as a number once it has a digit or a dot
    // (`._` is a float to it).
    // Go's YAML also drops every `_` before reading a number (`0_x1F`, `1e5_0`).
    return (value.chars().anyMatch(Character::isDigit) || value.indexOf('.') >= 0)
        && (NUMBER_LIKE.matcher(value).matches() || NUMBER_LIKE.matcher(value.replace("_", "")).matches());
  }
}

package io.monitoringascode.core.finding;

import java.util.regex.Pattern;

/**
 * The stable name of a rule, {@code area/kebab-name}, such as {@code promql/syntax} or {@code wiring/not-selected}.
 * Users refer to it in severity overrides, so a released id never changes.
 *
 * @param value the id
 */
public record RuleId(String value) implements Comparable<RuleId> {
  private static final Pattern SYNTAX = Pattern.compile("[a-z][a-z0-9]*/[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /** Validates the id's syntax. */
  public RuleId {
    if (value == null || !SYNTAX.matcher(value).matches()) {
      throw new IllegalArgumentException("Rule id `" + value + "` is not of the form `area/kebab-name`.");
    }
  }

  /**
   * Creates a rule id.
   *
   * @param value the id, such as {@code rule/duration}
   * @return the rule id
   */
  public static RuleId of(String value) {
    return new RuleId(value);
  }

  /**
   * The area before the slash.
   *
   * @return for {@code promql/syntax}, {@code promql}
   */
  public String area() {
    return value.substring(0, value.indexOf('/'));
  }

  /**
   * The path of the rule's documentation page, relative to the repository root.
   *
   * @return for {@code promql/syntax}, {@code docs/rules/promql/syntax.md}
   */
  public String docsPath() {
    return "docs/rules/" + value + ".md";
  }

  @Override
  public int compareTo(RuleId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

package io.monitoringascode.alerting.route;

import java.util.Optional;

/**
 * How a {@link LabelMatcher} compares a label's value, written as the operator in the CRD's {@code matchType} field.
 * Alertmanager anchors regular expressions at both ends, so {@code =~ critical|warning} means
 * {@code ^(?:critical|warning)$}.
 */
public enum MatchType {
  /** {@code =}: the value equals the given text. */
  EQUAL("="),
  /** {@code !=}: the value differs from the given text. */
  NOT_EQUAL("!="),
  /** {@code =~}: the value matches the regular expression. */
  REGEX("=~"),
  /** {@code !~}: the value does not match the regular expression. */
  NOT_REGEX("!~");

  private final String operator;

  MatchType(String operator) {
    this.operator = operator;
  }

  /**
   * The operator as written in YAML.
   *
   * @return {@code =}, {@code !=}, {@code =~} or {@code !~}
   */
  public String operator() {
    return operator;
  }

  /**
   * Tells whether the value is a regular expression.
   *
   * @return {@code true} for {@code =~} and {@code !~}
   */
  public boolean isRegex() {
    return this == REGEX || this == NOT_REGEX;
  }

  /**
   * Reads an operator as written in the CRD's {@code matchType} field.
   *
   * @param operator the text, such as {@code =~}
   * @return the match type, or empty when the text is not one of the four operators
   */
  public static Optional<MatchType> parse(String operator) {
    for (MatchType type : values()) {
      if (type.operator.equals(operator)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}

package io.monitoringascode.loki.logql;

/** The operator of a line filter. */
public enum LineMatchType {
  /** {@code |=}: the line contains the text. */
  EQUAL("|="),
  /** {@code !=}: the line does not contain the text. */
  NOT_EQUAL("!="),
  /** {@code |~}: the line matches the regular expression. */
  REGEX("|~"),
  /** {@code !~}: the line does not match the regular expression. */
  NOT_REGEX("!~"),
  /** {@code |>}: the line matches the pattern. */
  PATTERN("|>"),
  /** {@code !>}: the line does not match the pattern. */
  NOT_PATTERN("!>");

  private final String operator;

  LineMatchType(String operator) {
    this.operator = operator;
  }

  /**
   * The operator as written in LogQL.
   *
   * @return such as {@code |=}
   */
  public String operator() {
    return operator;
  }

  /**
   * Whether the filter keeps the lines that match, so that values joined by {@code or} keep a line any of them
   * matches; a negated filter drops the lines that match any of them.
   *
   * @return true for {@code |=}, {@code |~} and {@code |>}
   */
  public boolean positive() {
    return this == EQUAL || this == REGEX || this == PATTERN;
  }
}

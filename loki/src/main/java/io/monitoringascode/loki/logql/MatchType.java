package io.monitoringascode.loki.logql;

/** How a label matcher compares a label's value. */
public enum MatchType {
  /** {@code =}: equal. */
  EQUAL("="),
  /** {@code !=}: not equal. */
  NOT_EQUAL("!="),
  /** {@code =~}: the whole value matches the regular expression. */
  REGEX("=~"),
  /** {@code !~}: the whole value does not match the regular expression. */
  NOT_REGEX("!~");

  private final String operator;

  MatchType(String operator) {
    this.operator = operator;
  }

  /**
   * The operator as written in LogQL.
   *
   * @return {@code =}, {@code !=}, {@code =~} or {@code !~}
   */
  public String operator() {
    return operator;
  }
}

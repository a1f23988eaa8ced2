package io.monitoringascode.loki.logql;

/** The comparison of a numeric, duration or byte-size label filter. */
public enum ComparisonType {
  /** Equal, written {@code =} or {@code ==}; printed {@code ==}. */
  EQUAL("=="),
  /** {@code !=}. */
  NOT_EQUAL("!="),
  /** {@code >}. */
  GREATER(">"),
  /** {@code >=}. */
  GREATER_OR_EQUAL(">="),
  /** {@code <}. */
  LESS("<"),
  /** {@code <=}. */
  LESS_OR_EQUAL("<=");

  private final String operator;

  ComparisonType(String operator) {
    this.operator = operator;
  }

  /**
   * The operator as Loki prints it.
   *
   * @return such as {@code >=}
   */
  public String operator() {
    return operator;
  }
}

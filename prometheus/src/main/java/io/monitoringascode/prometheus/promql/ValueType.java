package io.monitoringascode.prometheus.promql;

/** The type of a PromQL expression's value, as Prometheus' {@code ValueType}. */
public enum ValueType {
  /** An instant vector: one sample per series. */
  VECTOR("vector", "instant vector"),
  /** A range vector: samples over a time range per series. */
  MATRIX("matrix", "range vector"),
  /** A single number. */
  SCALAR("scalar", "scalar"),
  /** A string, as only some function arguments take. */
  STRING("string", "string");

  private final String goName;
  private final String documentedName;

  ValueType(String goName, String documentedName) {
    this.goName = goName;
    this.documentedName = documentedName;
  }

  /**
   * The name Prometheus' {@code ValueType} has, such as {@code matrix}.
   *
   * @return the short name
   */
  public String goName() {
    return goName;
  }

  /**
   * The name Prometheus' documentation and error messages use, such as {@code range vector}.
   *
   * @return the documented name
   */
  public String documentedName() {
    return documentedName;
  }
}

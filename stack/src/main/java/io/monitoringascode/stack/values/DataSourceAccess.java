package io.monitoringascode.stack.values;

/** Who connects to a Grafana data source. Renders to a data source's {@code access}. */
public enum DataSourceAccess {
  /** Grafana's backend connects, so the URL needs to resolve only inside the cluster. */
  PROXY("proxy"),
  /** The user's browser connects, so the URL must be reachable from outside. */
  DIRECT("direct");

  private final String value;

  DataSourceAccess(String value) {
    this.value = value;
  }

  /**
   * The value Grafana reads.
   *
   * @return {@code proxy} or {@code direct}
   */
  public String value() {
    return value;
  }
}

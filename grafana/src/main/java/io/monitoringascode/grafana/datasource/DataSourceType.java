package io.monitoringascode.grafana.datasource;

/** The data-source plugins this library provisions and whose queries it checks. */
public enum DataSourceType {
  /** Prometheus; queries are PromQL. */
  PROMETHEUS("prometheus"),
  /** Loki; queries are LogQL. */
  LOKI("loki"),
  /** Alertmanager; no panel queries. */
  ALERTMANAGER("alertmanager");

  private final String pluginId;

  DataSourceType(String pluginId) {
    this.pluginId = pluginId;
  }

  /**
   * The plugin id Grafana writes as the data source's {@code type}.
   *
   * @return such as {@code prometheus}
   */
  public String pluginId() {
    return pluginId;
  }
}

package io.monitoringascode.examples.tutorial;

import io.monitoringascode.grafana.datasource.DataSource;
import io.monitoringascode.grafana.datasource.DataSourceType;

/** The tutorial's data sources: the chart's own Prometheus and the Loki the tutorial adds. */
public final class TutorialDataSources {
  /** kube-prometheus-stack provisions its Prometheus with uid {@code prometheus}. */
  public static final DataSource PROMETHEUS = DataSource.builder()
      .name("Prometheus")
      .type(DataSourceType.PROMETHEUS)
      .uid("prometheus")
      .url("http://prometheus-kube-prometheus-prometheus." + TutorialStack.NAMESPACE + ":9090/")
      .isDefault(true)
      .build();

  /** The tutorial's Loki, in SingleBinary mode behind its gateway. */
  public static final DataSource LOKI = DataSource.builder()
      .name("Loki")
      .type(DataSourceType.LOKI)
      .uid("loki")
      .url("http://loki-gateway." + TutorialStack.NAMESPACE + ".svc.cluster.local")
      .build();

  private TutorialDataSources() {}
}

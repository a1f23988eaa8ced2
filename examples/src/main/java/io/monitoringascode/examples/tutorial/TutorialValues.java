package io.monitoringascode.examples.tutorial;

import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.monitoringascode.loki.values.DeploymentMode;
import io.monitoringascode.loki.values.FilesystemStorage;
import io.monitoringascode.loki.values.LokiCommonConfig;
import io.monitoringascode.loki.values.LokiComponent;
import io.monitoringascode.loki.values.LokiConfig;
import io.monitoringascode.loki.values.LokiRulerConfig;
import io.monitoringascode.loki.values.LokiRulesSidecar;
import io.monitoringascode.loki.values.LokiStorage;
import io.monitoringascode.loki.values.LokiValues;
import io.monitoringascode.stack.values.AlertmanagerSpecValues;
import io.monitoringascode.stack.values.AlertmanagerValues;
import io.monitoringascode.stack.values.DashboardImport;
import io.monitoringascode.stack.values.DashboardProvider;
import io.monitoringascode.stack.values.DataSourceAccess;
import io.monitoringascode.stack.values.GrafanaDataSource;
import io.monitoringascode.stack.values.GrafanaValues;
import io.monitoringascode.stack.values.KubePrometheusStackValues;

/**
 * The tutorial's Helm values, as typed Java: kube-prometheus-stack with the AlertmanagerConfig selector where the chart
 * reads it (under {@code alertmanager.alertmanagerSpec}, not {@code prometheus.prometheusSpec} as the tutorial's
 * text says), Loki as a Grafana data source and the grafana.com dashboard 15661 the tutorial imports by hand; Loki in
 * SingleBinary mode on the filesystem, one replica, with its ruler wired to the rules sidecar and to Alertmanager.
 */
public final class TutorialValues {
  /**
   * The Alertmanager Service of the kube-prometheus-stack release {@value TutorialStack#RELEASE}: the chart names it
   * {@code <fullname>-alertmanager}, its fullname being release and chart name cut to 26 characters.
   */
  static final String ALERTMANAGER_URL = "http://prometheus-kube-prometheus-alertmanager." + TutorialStack.NAMESPACE
      + ".svc:9093";

  private TutorialValues() {}

  /**
   * The kube-prometheus-stack values.
   *
   * @return the values
   */
  public static KubePrometheusStackValues kubePrometheusStack() {
    return KubePrometheusStackValues.builder()
        .alertmanager(AlertmanagerValues.builder()
            .alertmanagerSpec(AlertmanagerSpecValues.builder()
                // Only AlertmanagerConfigs labelled resource=prometheus are merged; SlackAlerting carries the label.
                .alertmanagerConfigSelector(new LabelSelectorBuilder()
                    .addToMatchLabels(SlackAlerting.SELECTOR_LABEL, SlackAlerting.SELECTOR_VALUE).build())
                .build())
            .build())
        .grafana(GrafanaValues.builder()
            .addAdditionalDataSource(GrafanaDataSource.builder()
                .name("Loki")
                .type("loki")
                // The uid the example dashboards refer to; the tutorial's file lets Grafana make one up.
                .uid(TutorialDataSources.LOKI.uid())
                .url("http://loki-gateway." + TutorialStack.NAMESPACE + ".svc.cluster.local")
                .access(DataSourceAccess.PROXY)
                .build())
            // The tutorial imports dashboard 15661 from grafana.com by hand; the chart can do it at install.
            .addDashboardProvider(DashboardProvider.builder().name("grafana-com").folder("grafana.com").build())
            .addDashboard(DashboardImport.builder().provider("grafana-com").name("k8s-dashboard").gnetId(15661)
                .revision(2).datasource("Prometheus").build())
            .build())
        .build();
  }

  /**
   * The grafana/loki values: a single binary with filesystem storage and the chart's test schema, as the tutorial
   * runs it (its "production gaps" say why a real setup needs object storage and a schemaConfig). Added to the
   * tutorial's file: the ruler reads rules files from {@code /rules}, where the chart's rules sidecar writes the
   * labelled ConfigMaps into {@code /rules/fake} (the tenant of {@code auth_enabled: false}; the local rule store reads
   * {@code <directory>/<tenant>/}), and sends alerts to the kube-prometheus-stack Alertmanager.
   *
   * @return the values
   */
  public static LokiValues loki() {
    return LokiValues.builder()
        .deploymentMode(DeploymentMode.SINGLE_BINARY)
        .putReplica(LokiComponent.SINGLE_BINARY, 1)
        .putReplica(LokiComponent.WRITE, 0)
        .putReplica(LokiComponent.READ, 0)
        .putReplica(LokiComponent.BACKEND, 0)
        .chunksCacheEnabled(false)
        .resultsCacheEnabled(false)
        .testEnabled(false)
        .loki(LokiConfig.builder()
            .authEnabled(false)
            .commonConfig(LokiCommonConfig.builder().replicationFactor(1).build())
            .storage(LokiStorage.filesystem(FilesystemStorage.builder()
                .chunksDirectory("/var/loki/chunks").rulesDirectory("/var/loki/rules").build()))
            .useTestSchema(true)
            .rulerConfig(LokiRulerConfig.builder()
                .localDirectory("/rules")
                .alertmanagerUrl(ALERTMANAGER_URL)
                .build())
            .build())
        .rulesSidecar(LokiRulesSidecar.builder().folder("/rules/fake").build())
        .build();
  }
}

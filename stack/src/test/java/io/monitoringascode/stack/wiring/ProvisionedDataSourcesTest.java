package io.monitoringascode.stack.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.grafana.datasource.DataSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvisionedDataSourcesTest {
  private static ProvisionedDataSources of(String yaml) {
    return ProvisionedDataSources.fromKubePrometheusStack("prometheus", "k8s-monitoring-ns",
        DocumentReader.read(yaml).get(0));
  }

  private static List<String> entries(ProvisionedDataSources provisioned) {
    return provisioned.dataSources().stream()
        .map(ds -> ds.name() + "/" + ds.type().pluginId() + "/" + ds.uid() + " " + ds.url()).toList();
  }

  @Test
  void chartDefaults_prometheusAndAlertmanager() {
    ProvisionedDataSources provisioned = of("{}");
    assertThat(entries(provisioned)).containsExactly(
        "Prometheus/prometheus/prometheus http://prometheus-kube-prometheus-prometheus.k8s-monitoring-ns:9090/",
        "Alertmanager/alertmanager/alertmanager"
            + " http://prometheus-kube-prometheus-alertmanager.k8s-monitoring-ns:9093/");
    assertThat(provisioned.complete()).isTrue();
    assertThat(provisioned.dataSources().get(0).isDefault()).isTrue();
  }

  @Test
  void tutorialValues_addTheLokiDataSource() {
    ProvisionedDataSources provisioned = of("""
        grafana:
          additionalDataSources:
            - {name: Loki, type: loki, uid: loki, access: proxy,
               url: "http://loki-gateway.k8s-monitoring-ns.svc.cluster.local"}
        """);
    assertThat(entries(provisioned)).last()
        .isEqualTo("Loki/loki/loki http://loki-gateway.k8s-monitoring-ns.svc.cluster.local");
    assertThat(provisioned.forDashboards()).hasSize(3);
  }

  @Test
  void renamedOrDisabledChartDataSources_followTheValues() {
    assertThat(entries(of("""
        grafana:
          sidecar:
            datasources:
              name: Metrics
              uid: metrics
              url: http://thanos-query.monitoring:9090
              alertmanager: {enabled: false}
        """))).containsExactly("Metrics/prometheus/metrics http://thanos-query.monitoring:9090");
    assertThat(entries(of("grafana: {sidecar: {datasources: {enabled: false}}}"))).isEmpty();
  }

  @Test
  void switchWrittenAsZero_isOffAsInTheChartsTemplate() {
    assertThat(entries(of("""
        grafana: {sidecar: {datasources: {defaultDatasourceEnabled: 0, alertmanager: {enabled: 0}}}}
        """))).isEmpty();
    assertThat(entries(of("grafana: {enabled: 0}"))).isEmpty();
  }

  @Test
  void entryWithoutUid_isFoundByName() {
    DataSource loki = of("grafana: {additionalDataSources: [{name: Loki, type: loki, url: http://loki:3100}]}")
        .dataSources().get(2);
    assertThat(loki.uid()).isEqualTo("Loki");
  }

  @Test
  void entryOfAnotherPluginOrTemplated_makesTheListIncomplete() {
    ProvisionedDataSources provisioned = of("""
        grafana:
          additionalDataSources:
            - {name: Tempo, type: tempo, uid: tempo, url: http://tempo:3200}
        """);
    assertThat(provisioned.complete()).isFalse();
    assertThat(provisioned.forDashboards()).isEmpty();
    assertThat(of("grafana: {additionalDataSources: [{name: 'Loki {{ .Release.Name }}', type: loki}]}").complete())
        .isFalse();
    assertThat(ProvisionedDataSources.unknown().forDashboards()).isEmpty();
  }
}

package io.monitoringascode.stack.profile;

import static io.monitoringascode.stack.profile.Stacks.KPS_FILE;
import static io.monitoringascode.stack.profile.Stacks.LOKI_FILE;
import static io.monitoringascode.stack.profile.Stacks.finding;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.stack.wiring.StackView;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductionPersistenceCheckTest {
  private static final String PERSISTENT = """
      prometheus:
        prometheusSpec:
          storageSpec:
            volumeClaimTemplate:
              spec:
                resources:
                  requests:
                    storage: 50Gi
      alertmanager:
        alertmanagerSpec:
          storage:
            volumeClaimTemplate:
              spec:
                resources:
                  requests:
                    storage: 1Gi
      grafana:
        persistence:
          enabled: true
      """;

  private static List<Finding> run(StackView view) {
    return Stacks.run(new ProductionPersistenceCheck(), view);
  }

  @Test
  void chartDefaults_reportsPrometheusAlertmanagerAndGrafana() {
    assertThat(run(Stacks.kubePrometheusStack(""))).containsExactly(
        finding("production/persistence", KPS_FILE, "/prometheus/prometheusSpec/storageSpec",
            "Prometheus keeps its TSDB in an `emptyDir` (`prometheus.prometheusSpec.storageSpec` is empty), so a "
                + "rescheduled pod starts without its metrics.",
            "Set `prometheus.prometheusSpec.storageSpec.volumeClaimTemplate.spec.resources.requests.storage`, such "
                + "as `50Gi`."),
        finding("production/persistence", KPS_FILE, "/alertmanager/alertmanagerSpec/storage",
            "Alertmanager keeps its silences and notification log in an `emptyDir` "
                + "(`alertmanager.alertmanagerSpec.storage` is empty), so a rescheduled pod forgets every silence "
                + "and notifies again.",
            "Set `alertmanager.alertmanagerSpec.storage.volumeClaimTemplate.spec.resources.requests.storage`, such "
                + "as `1Gi`."),
        finding("production/persistence", KPS_FILE, "/grafana/persistence/enabled",
            "Grafana keeps its SQLite database in an `emptyDir` (`grafana.persistence.enabled` is `false`), so a "
                + "rescheduled pod loses users, API keys and every dashboard saved in the UI.",
            "Set `grafana.persistence.enabled: true` (with `grafana.persistence.size`, such as `10Gi`)."));
  }

  @Test
  void volumes_pass() {
    assertThat(run(Stacks.kubePrometheusStack(PERSISTENT))).isEmpty();
  }

  @Test
  void disabledComponentsOrGrafanaOnADatabaseServer_areIgnored() {
    assertThat(run(Stacks.kubePrometheusStack("""
        prometheus: {enabled: false}
        alertmanager: {enabled: false}
        grafana:
          grafana.ini:
            database: {type: postgres}
        """))).isEmpty();
  }

  @Test
  void lokiVolumesOff_reportsEachRunningTarget() {
    assertThat(run(Stacks.loki("""
        deploymentMode: SimpleScalable
        write:
          persistence: {volumeClaimsEnabled: false}
        backend:
          replicas: 0
          persistence: {volumeClaimsEnabled: false}
        """))).containsExactly(finding("production/persistence", LOKI_FILE,
            "/write/persistence/volumeClaimsEnabled",
            "Loki's `write` pods keep their data in an `emptyDir` (`write.persistence.volumeClaimsEnabled` is "
                + "`false`), so a rescheduled pod loses what it held: the write-ahead log, and with filesystem "
                + "storage every log.",
            "Set `write.persistence.volumeClaimsEnabled: true` (with `write.persistence.size`, such as `10Gi`)."));
    assertThat(run(Stacks.loki(
        "deploymentMode: SingleBinary\nsingleBinary:\n  replicas: 1\n  persistence: {enabled: false}\n")))
        .extracting(f -> f.location().pointer()).containsExactly("/singleBinary/persistence/enabled");
  }

  @Test
  void lokiChartDefaults_pass() {
    assertThat(run(Stacks.loki(""))).isEmpty();
    assertThat(run(Stacks.loki("deploymentMode: SingleBinary\nsingleBinary: {replicas: 1}\n"))).isEmpty();
  }
}

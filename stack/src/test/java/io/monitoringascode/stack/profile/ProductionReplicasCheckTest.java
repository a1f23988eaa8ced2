package io.monitoringascode.stack.profile;

import static io.monitoringascode.stack.profile.Stacks.KPS_FILE;
import static io.monitoringascode.stack.profile.Stacks.LOKI_FILE;
import static io.monitoringascode.stack.profile.Stacks.finding;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.stack.wiring.StackView;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductionReplicasCheckTest {
  private static List<Finding> run(StackView view) {
    return Stacks.run(new ProductionReplicasCheck(), view);
  }

  @Test
  void chartDefaults_reportsPrometheusAndAlertmanager() {
    assertThat(run(Stacks.kubePrometheusStack(""))).containsExactly(
        finding("production/replicas", KPS_FILE, "/prometheus/prometheusSpec/replicas",
            "Prometheus runs `1` (the chart's default) replica, so scraping and rule evaluation stop whenever its "
                + "pod restarts.",
            "Set `prometheus.prometheusSpec.replicas: 2`; Alertmanager deduplicates the alerts both replicas send."),
        finding("production/replicas", KPS_FILE, "/alertmanager/alertmanagerSpec/replicas",
            "Alertmanager runs `1` (the chart's default) replica, so no notification goes out while its pod "
                + "restarts.",
            "Set `alertmanager.alertmanagerSpec.replicas: 3`; the replicas form one cluster and notify once."));
  }

  @Test
  void twoReplicas_pass() {
    assertThat(run(Stacks.kubePrometheusStack("""
        prometheus:
          prometheusSpec: {replicas: 2}
        alertmanager:
          alertmanagerSpec: {replicas: 2}
        """))).isEmpty();
  }

  @Test
  void disabledOrTemplated_isIgnored() {
    assertThat(run(Stacks.kubePrometheusStack("""
        prometheus:
          enabled: false
        alertmanager:
          alertmanagerSpec: {replicas: "{{ .Values.replicas }}"}
        """))).isEmpty();
  }

  @Test
  void lokiSingleBinaryWithOneReplica_reportsWithObjectStorageHint() {
    assertThat(run(Stacks.loki("deploymentMode: SingleBinary\nsingleBinary: {replicas: 1}\n"))).containsExactly(
        finding("production/replicas", LOKI_FILE, "/singleBinary/replicas",
            "Loki's `singleBinary` runs `1` replica, so logs are not ingested while its pod restarts.",
            "Set `singleBinary.replicas: 3` with object storage (`loki.storage.type: s3`) and "
                + "`loki.commonConfig.replication_factor: 3`, or set `deploymentMode: SimpleScalable`."));
  }

  @Test
  void lokiSimpleScalable_reportsSingleTargetsUnlessAutoscaled() {
    assertThat(run(Stacks.loki("""
        read: {replicas: 1}
        backend:
          replicas: 1
          autoscaling: {enabled: true}
        """))).containsExactly(finding("production/replicas", LOKI_FILE, "/read/replicas",
            "Loki's `read` runs `1` replica, so logs are not queryable while its pod restarts.",
            "Set `read.replicas: 3`, the chart's default."));
    assertThat(run(Stacks.loki(""))).isEmpty();
  }
}

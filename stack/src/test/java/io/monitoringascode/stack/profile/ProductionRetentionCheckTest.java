package io.monitoringascode.stack.profile;

import static io.monitoringascode.stack.profile.Stacks.KPS_FILE;
import static io.monitoringascode.stack.profile.Stacks.LOKI_FILE;
import static io.monitoringascode.stack.profile.Stacks.finding;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.stack.wiring.StackView;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductionRetentionCheckTest {
  private static List<Finding> run(StackView view) {
    return Stacks.run(new ProductionRetentionCheck(), view);
  }

  @Test
  void prometheusChartDefaults_reportsWithTheDefaultFromTheIndex() {
    assertThat(run(Stacks.kubePrometheusStack(""))).containsExactly(finding("production/retention", KPS_FILE,
        "/prometheus/prometheusSpec/retention",
        "Prometheus keeps the chart's default `retention` of `10d` and no `retentionSize`, so nothing bounds its "
            + "TSDB by size and a growing series count fills its volume.",
        "Set `prometheus.prometheusSpec.retentionSize` below the volume's size (such as `45GB` for `50Gi`) and "
            + "`prometheus.prometheusSpec.retention` to how far back you query (such as `15d`)."));
  }

  @Test
  void prometheusRetentionChosen_passes() {
    assertThat(run(Stacks.kubePrometheusStack("prometheus:\n  prometheusSpec: {retentionSize: 45GB}\n"))).isEmpty();
    assertThat(run(Stacks.kubePrometheusStack("prometheus:\n  prometheusSpec: {retention: 30d}\n"))).isEmpty();
    assertThat(run(Stacks.kubePrometheusStack("prometheus: {enabled: false}\n"))).isEmpty();
  }

  @Test
  void lokiWithoutPeriod_reportsLogsKeptForever() {
    assertThat(run(Stacks.loki(""))).containsExactly(finding("production/retention", LOKI_FILE,
        "/loki/limits_config/retention_period",
        "Loki's `limits_config.retention_period` is unset, so Loki keeps every log forever and its storage grows "
            + "without bound.",
        "Set `loki.limits_config.retention_period` (such as `744h`), `loki.compactor.retention_enabled: true` and "
            + "`loki.compactor.delete_request_store` (your `loki.storage.type`, such as `s3`)."));
  }

  @Test
  void lokiPeriodWithoutCompactorRetention_reportsThePeriodIgnored() {
    assertThat(run(Stacks.loki("loki:\n  limits_config: {retention_period: 744h}\n"))).containsExactly(
        finding("production/retention", LOKI_FILE, "/loki/compactor/retention_enabled",
            "Loki's `limits_config.retention_period` is `744h` but `compactor.retention_enabled` is not `true`, so "
                + "no log is ever deleted.",
            "Set `loki.compactor.retention_enabled: true` and `loki.compactor.delete_request_store` (your "
                + "`loki.storage.type`, such as `s3`)."));
  }

  @Test
  void lokiRetentionApplied_orExplicitlyForever_passes() {
    assertThat(run(Stacks.loki("""
        loki:
          limits_config: {retention_period: 744h}
          compactor: {retention_enabled: true, delete_request_store: s3}
        """))).isEmpty();
    assertThat(run(Stacks.loki("loki:\n  limits_config: {retention_period: 0s}\n"))).isEmpty();
  }
}

package io.monitoringascode.stack.profile;

import static io.monitoringascode.stack.profile.Stacks.KPS_FILE;
import static io.monitoringascode.stack.profile.Stacks.finding;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.stack.wiring.StackView;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductionGrafanaDefaultPasswordCheckTest {
  private static List<Finding> run(StackView view) {
    return Stacks.run(new ProductionGrafanaDefaultPasswordCheck(), view);
  }

  @Test
  void chartDefault_reports() {
    Finding expected = finding("production/grafana-default-password", KPS_FILE, "/grafana/adminPassword",
        "Grafana's admin password is the chart's default `prom-operator`, which anyone who knows "
            + "kube-prometheus-stack can log in with.",
        "Create a Secret with keys `admin-user` and `admin-password` in the cluster and name it in "
            + "`grafana.admin.existingSecret`.");
    assertThat(run(Stacks.kubePrometheusStack(""))).containsExactly(expected);
    assertThat(run(Stacks.kubePrometheusStack("grafana: {adminPassword: prom-operator}\n"))).containsExactly(expected);
  }

  @Test
  void existingSecret_passes() {
    assertThat(run(Stacks.kubePrometheusStack("grafana:\n  admin: {existingSecret: grafana-admin}\n"))).isEmpty();
  }

  @Test
  void ownPasswordOrNoGrafana_isLeftToOtherRules() {
    // values/grafana-admin-password reports a password of the user's own.
    assertThat(run(Stacks.kubePrometheusStack("grafana: {adminPassword: s3cret-chosen}\n"))).isEmpty();
    assertThat(run(Stacks.kubePrometheusStack("grafana: {enabled: false}\n"))).isEmpty();
  }
}

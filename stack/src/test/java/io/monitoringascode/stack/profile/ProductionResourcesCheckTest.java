package io.monitoringascode.stack.profile;

import static io.monitoringascode.stack.profile.Stacks.KPS_FILE;
import static io.monitoringascode.stack.profile.Stacks.LOKI_FILE;
import static io.monitoringascode.stack.profile.Stacks.finding;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.stack.wiring.StackView;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductionResourcesCheckTest {
  private static List<Finding> run(StackView view) {
    return Stacks.run(new ProductionResourcesCheck(), view);
  }

  @Test
  void chartDefaults_reportsEveryWorkload() {
    assertThat(run(Stacks.kubePrometheusStack(""))).extracting(f -> f.location().pointer()).containsExactly(
        "/prometheus/prometheusSpec/resources", "/alertmanager/alertmanagerSpec/resources", "/grafana/resources",
        "/prometheusOperator/resources");
    assertThat(run(Stacks.kubePrometheusStack("")).get(0)).isEqualTo(finding("production/resources", KPS_FILE,
        "/prometheus/prometheusSpec/resources",
        "Prometheus has no memory request and no memory limit (`prometheus.prometheusSpec.resources`), so the "
            + "scheduler reserves nothing for it and it can take its node's memory from other pods.",
        "Set `prometheus.prometheusSpec.resources.requests.memory` (such as `2Gi`) and "
            + "`prometheus.prometheusSpec.resources.limits.memory` (such as `4Gi`)."));
  }

  @Test
  void requestWithoutLimit_reportsTheMissingLimit() {
    assertThat(run(Stacks.kubePrometheusStack("""
        prometheus: {enabled: false}
        alertmanager: {enabled: false}
        prometheusOperator: {enabled: false}
        grafana:
          resources:
            requests: {memory: 256Mi, cpu: 100m}
            limits: {cpu: 500m}
        """))).containsExactly(finding("production/resources", KPS_FILE, "/grafana/resources",
            "Grafana has a memory request but no memory limit (`grafana.resources`), so nothing bounds its memory "
                + "and it can take its node's memory from other pods.",
            "Set `grafana.resources.requests.memory` (such as `256Mi`) and `grafana.resources.limits.memory` (such "
                + "as `512Mi`)."));
  }

  @Test
  void memoryLimit_passes() {
    assertThat(run(Stacks.kubePrometheusStack("""
        prometheus:
          prometheusSpec:
            resources:
              limits: {memory: 4Gi}
        alertmanager: {enabled: false}
        grafana: {enabled: false}
        prometheusOperator:
          resources: {requests: {memory: 128Mi}, limits: {memory: 256Mi}}
        """))).isEmpty();
  }

  @Test
  void lokiTargets_reportedByMode() {
    assertThat(run(Stacks.loki(""))).extracting(f -> f.location().pointer())
        .containsExactly("/write/resources", "/read/resources", "/backend/resources");
    assertThat(run(Stacks.loki("deploymentMode: SingleBinary\nsingleBinary: {replicas: 1}\n"))).containsExactly(
        finding("production/resources", LOKI_FILE, "/singleBinary/resources",
            "Loki's `singleBinary` has no memory request and no memory limit (`singleBinary.resources`), so the "
                + "scheduler reserves nothing for it and it can take its node's memory from other pods.",
            "Set `singleBinary.resources.requests.memory` (such as `1Gi`) and `singleBinary.resources.limits.memory` "
                + "(such as `2Gi`)."));
    assertThat(run(Stacks.loki("deploymentMode: Distributed\n"))).isEmpty();
  }
}

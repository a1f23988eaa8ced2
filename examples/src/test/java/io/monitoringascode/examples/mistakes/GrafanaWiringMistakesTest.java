package io.monitoringascode.examples.mistakes;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.examples.tutorial.TutorialStack;
import io.monitoringascode.stack.profile.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrafanaWiringMistakesTest {
  /** The findings as lines, without the production profile's advice (INFO under the default profile). */
  private static List<String> lines(List<Finding> findings) {
    return findings.stream().filter(f -> !Profile.PRODUCTION.overrides().ruleIds().contains(f.ruleId())).map(f -> f.severity() + " [" + f.ruleId() + "] " + f.location().file().orElse("")
        + "#" + f.location().pointer() + ": " + f.message() + f.hint().map(h -> " | " + h).orElse("")).toList();
  }

  @Test
  void check_dashboardConfigMapWithoutTheSidecarLabel_reportsTheLabelToAdd() {
    assertThat(lines(GrafanaWiringMistakes.unlabelledDashboard().check().findings())).containsExactly(
        "ERROR [wiring/dashboard-not-loaded] k8s-monitoring-ns/configmap-demo-app-dashboard.yaml#/metadata:"
            + " ConfigMap `demo-app-dashboard` carries dashboard `demo-app-dashboard.json` without the label"
            + " `grafana_dashboard: \"1\"` the Grafana sidecar loads, so Grafana never shows the dashboard. | Add"
            + " `grafana_dashboard: \"1\"` to `metadata.labels`, or change `grafana.sidecar.dashboards.label` in the"
            + " kube-prometheus-stack values.");
  }

  @Test
  void check_lokiUrlOfAnotherNamespace_reportsTheGatewayOfTheLokiRelease() {
    assertThat(lines(GrafanaWiringMistakes.lokiUrlInAnotherNamespace().check().findings())).containsExactly(
        "ERROR [wiring/datasource-url] values/kube-prometheus-stack.yaml#/grafana/additionalDataSources/0/url: Data"
            + " source `Loki` has URL `http://loki-gateway.loki.svc.cluster.local`, but no release of the stack"
            + " creates Service `loki-gateway` in namespace `loki` and the stack declares none, so every query fails"
            + " to resolve the host. | Set `grafana.additionalDataSources[0].url` to"
            + " `http://loki-gateway.k8s-monitoring-ns.svc.cluster.local`, or declare the Service as an external"
            + " object if something else installs it.");
  }

  @Test
  void check_tutorialStack_hasNoWiringFinding() {
    assertThat(lines(new TutorialStack().stack().check().findings())).isEmpty();
  }
}

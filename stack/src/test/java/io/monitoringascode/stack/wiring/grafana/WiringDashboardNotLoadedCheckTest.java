package io.monitoringascode.stack.wiring.grafana;

import static io.monitoringascode.stack.wiring.WiringViews.document;
import static io.monitoringascode.stack.wiring.WiringViews.kubePrometheusStack;
import static io.monitoringascode.stack.wiring.WiringViews.lines;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.stack.layout.ChartRelease;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.wiring.StackView;
import java.util.List;
import org.junit.jupiter.api.Test;

class WiringDashboardNotLoadedCheckTest {
  private static final String FILE = "k8s-monitoring-ns/configmap-demo-app-dashboard.yaml";
  private final WiringDashboardNotLoadedCheck check = new WiringDashboardNotLoadedCheck();

  /** The tutorial's demo-app dashboard ConfigMap, with the given metadata lines. */
  private static RenderedDocument dashboard(String metadata) {
    return document(FILE, """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: demo-app-dashboard
        %s
        data:
          demo-app-dashboard.json: |
            {"title": "Demo app", "uid": "demo-app", "schemaVersion": 42, "panels": []}
        """.formatted(metadata.indent(2).stripTrailing()));
  }

  private List<String> run(ChartRelease stack, RenderedDocument configMap) {
    return lines(check, new StackView(List.of(configMap), List.of(), List.of(stack)));
  }

  @Test
  void dashboardConfigMap_withoutTheSidecarLabel_reportsTheLabelToAdd() {
    assertThat(run(kubePrometheusStack("{}"), dashboard("namespace: k8s-monitoring-ns"))).containsExactly(
        "error [wiring/dashboard-not-loaded] " + FILE + "#/metadata: ConfigMap `demo-app-dashboard` carries"
            + " dashboard `demo-app-dashboard.json` without the label `grafana_dashboard: \"1\"` the Grafana sidecar"
            + " loads, so Grafana never shows the dashboard. | Add `grafana_dashboard: \"1\"` to `metadata.labels`,"
            + " or change `grafana.sidecar.dashboards.label` in the kube-prometheus-stack values.");
  }

  @Test
  void dashboardConfigMap_withTheSidecarLabel_passes() {
    assertThat(run(kubePrometheusStack("{}"), dashboard("""
        namespace: apps
        labels: {grafana_dashboard: "1"}"""))).isEmpty();
    // A custom label from the values, with any value.
    assertThat(run(kubePrometheusStack("""
        grafana: {sidecar: {dashboards: {label: team_dashboard, labelValue: ""}}}
        """), dashboard("""
        namespace: apps
        labels: {team_dashboard: checkout}"""))).isEmpty();
  }

  @Test
  void dashboardConfigMap_labelWithAnotherValue_reportsTheValue() {
    assertThat(run(kubePrometheusStack("{}"), dashboard("""
        namespace: k8s-monitoring-ns
        labels: {grafana_dashboard: "true"}"""))).containsExactly(
        "error [wiring/dashboard-not-loaded] " + FILE + "#/metadata/labels/grafana_dashboard: ConfigMap"
            + " `demo-app-dashboard` carries dashboard `demo-app-dashboard.json` with label `grafana_dashboard:"
            + " \"true\"`, but the Grafana sidecar loads only `grafana_dashboard: \"1\"`, so Grafana never shows the"
            + " dashboard. | Set `grafana_dashboard: \"1\"` in `metadata.labels`, or change"
            + " `grafana.sidecar.dashboards.labelValue` in the kube-prometheus-stack values.");
  }

  @Test
  void dashboardConfigMap_namespaceNotSearched_reportsTheNamespace() {
    assertThat(run(kubePrometheusStack("""
        grafana: {sidecar: {dashboards: {searchNamespace: "k8s-monitoring-ns,platform"}}}
        """), dashboard("""
        namespace: apps
        labels: {grafana_dashboard: "1"}"""))).containsExactly(
        "error [wiring/dashboard-not-loaded] " + FILE + "#/metadata/namespace: ConfigMap `demo-app-dashboard`"
            + " carries dashboard `demo-app-dashboard.json` in namespace `apps`, but the Grafana sidecar searches"
            + " only `k8s-monitoring-ns, platform`, so Grafana never shows the dashboard. | Move the ConfigMap to"
            + " namespace `k8s-monitoring-ns`, or add `apps` to `grafana.sidecar.dashboards.searchNamespace` (or set"
            + " it to `ALL`) in the kube-prometheus-stack values.");
  }

  @Test
  void dashboardsSidecarOff_reportsTheValuesKey() {
    assertThat(run(kubePrometheusStack("grafana: {sidecar: {dashboards: {enabled: false}}}"), dashboard("""
        namespace: k8s-monitoring-ns
        labels: {grafana_dashboard: "1"}"""))).containsExactly(
        "error [wiring/dashboard-not-loaded] " + FILE + "#/metadata/name: ConfigMap `demo-app-dashboard` carries"
            + " dashboard `demo-app-dashboard.json`, but `grafana.sidecar.dashboards.enabled` is false, so Grafana"
            + " never shows the dashboard. | Set `grafana.sidecar.dashboards.enabled: true` in the"
            + " kube-prometheus-stack values.");
  }

  @Test
  void withoutGrafanaOrValues_orWithoutDashboard_isIgnored() {
    RenderedDocument unlabelled = dashboard("namespace: k8s-monitoring-ns");
    assertThat(run(kubePrometheusStack("grafana: {enabled: false}"), unlabelled)).isEmpty();
    assertThat(lines(check, StackView.of(List.of(unlabelled)))).isEmpty();
    assertThat(run(kubePrometheusStack("{}"), document(FILE, """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: settings, namespace: k8s-monitoring-ns}
        data: {settings.json: '{"retries": 3}'}
        """))).isEmpty();
  }
}

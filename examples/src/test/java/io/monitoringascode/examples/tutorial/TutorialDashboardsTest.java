package io.monitoringascode.examples.tutorial;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.grafana.check.DashboardChecks;
import io.monitoringascode.grafana.dashboard.Dashboard;
import io.monitoringascode.grafana.datasource.DataSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** The example dashboards: clean against the tutorial's data sources, stable through import, and in the tree. */
class TutorialDashboardsTest {
  private static final List<DataSource> PROVISIONED =
      List.of(TutorialDataSources.PROMETHEUS, TutorialDataSources.LOKI);

  @Test
  void dashboards_withTheTutorialsDataSources_reportNothing() {
    assertThat(DashboardChecks.check(FakeLogsDashboard.dashboard(), "fake-logs.json", PROVISIONED).findings())
        .isEmpty();
    assertThat(DashboardChecks.check(DemoAppDashboard.dashboard(), "demo-app.json", PROVISIONED).findings())
        .isEmpty();
  }

  @Test
  void dashboards_renderedJson_importsBackToTheSameBytes() {
    for (Dashboard dashboard : List.of(FakeLogsDashboard.dashboard(), DemoAppDashboard.dashboard())) {
      byte[] rendered = dashboard.render();
      assertThat(Dashboard.parse(new String(rendered, StandardCharsets.UTF_8)).render()).isEqualTo(rendered);
    }
  }

  @Test
  void tree_carriesTheDashboardsForTheSidecarAndTheGrafanaComImportInTheValues() {
    SortedMap<String, byte[]> files = new TutorialStack().stack().render();

    assertThat(text(files, "k8s-monitoring-ns/configmap-fake-logs-dashboard.yaml"))
        .contains("grafana_dashboard: \"1\"", "\"uid\" : \"fake-logs\"");
    assertThat(text(files, "k8s-monitoring-ns/configmap-demo-app-dashboard.yaml")).contains("grafana_dashboard: \"1\"");
    assertThat(text(files, "values/kube-prometheus-stack.yaml"))
        .contains("gnetId: 15661", "uid: loki", "path: /var/lib/grafana/dashboards/grafana-com");
  }

  private static String text(SortedMap<String, byte[]> files, String name) {
    assertThat(files).containsKey(name);
    return new String(files.get(name), StandardCharsets.UTF_8);
  }
}

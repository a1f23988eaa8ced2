package io.monitoringascode.grafana.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.golden.GoldenFiles;
import io.monitoringascode.core.render.Canonical;
import io.monitoringascode.grafana.check.DashboardChecks;
import io.monitoringascode.grafana.dashboard.Dashboard;
import io.monitoringascode.grafana.datasource.DataSource;
import io.monitoringascode.grafana.provisioning.DashboardConfigMap;
import io.monitoringascode.grafana.provisioning.DataSourceConfigMap;
import io.monitoringascode.grafana.provisioning.GrafanaComDashboard;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExampleDashboardsTest {
  private static final List<String> GOLDEN = List.of(
      "dashboard/fake-logs.json", "dashboard/demo-app.json", "provisioning/demo-app-configmap.yaml",
      "provisioning/datasources-configmap.yaml", "provisioning/grafana-com-values.yaml");

  @Test
  void fakeLogs_rendersGoldenJson() {
    GoldenFiles.assertMatches("dashboard/fake-logs.json", FakeLogsDashboard.dashboard().render());
  }

  @Test
  void demoApp_rendersGoldenJson() {
    GoldenFiles.assertMatches("dashboard/demo-app.json", DemoAppDashboard.dashboard().render());
  }

  @Test
  void examples_withTutorialDataSources_reportNothing() {
    List<DataSource> provisioned =
        List.of(TutorialDataSources.PROMETHEUS, TutorialDataSources.LOKI);

    assertThat(DashboardChecks.check(FakeLogsDashboard.dashboard(), "fake-logs.json", provisioned).findings())
        .isEmpty();
    assertThat(DashboardChecks.check(DemoAppDashboard.dashboard(), "demo-app.json", provisioned).findings())
        .isEmpty();
  }

  @Test
  void examples_renderedJson_importsBackToTheSameBytes() {
    for (Dashboard dashboard : List.of(FakeLogsDashboard.dashboard(), DemoAppDashboard.dashboard())) {
      byte[] rendered = dashboard.render();
      assertThat(Dashboard.parse(new String(rendered, StandardCharsets.UTF_8)).render())
          .isEqualTo(rendered);
    }
  }

  @Test
  void demoApp_asSidecarConfigMap_rendersGoldenYaml() {
    DashboardConfigMap configMap = DashboardConfigMap.builder().name("demo-app-dashboard").namespace("monitoring")
        .dashboard(DemoAppDashboard.dashboard()).build();

    GoldenFiles.assertMatches("provisioning/demo-app-configmap.yaml",
        Canonical.renderYaml(Canonical.toTree(configMap.toConfigMap())));
  }

  @Test
  void loki_asSidecarDataSource_rendersGoldenYaml() {
    DataSourceConfigMap configMap = DataSourceConfigMap.builder().name("loki-datasource").namespace("monitoring")
        .addDataSources(TutorialDataSources.LOKI).build();

    GoldenFiles.assertMatches("provisioning/datasources-configmap.yaml",
        Canonical.renderYaml(Canonical.toTree(configMap.toConfigMap())));
  }

  @Test
  void dashboard15661_asChartValues_rendersGoldenYaml() {
    GrafanaComDashboard k8s = GrafanaComDashboard.builder().key("k8s-dashboard").gnetId(15661).revision(2)
        .datasource("Prometheus").build();

    GoldenFiles.assertMatches("provisioning/grafana-com-values.yaml",
        Canonical.renderYaml(Canonical.toTree(GrafanaComDashboard.toValues("default", List.of(k8s)))));
  }

  @Test
  void goldenFiles_haveNoOrphans() {
    GoldenFiles.assertNoOrphans(GOLDEN);
  }
}

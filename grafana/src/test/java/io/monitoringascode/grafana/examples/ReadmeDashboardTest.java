package io.monitoringascode.grafana.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.monitoringascode.core.finding.Report;
import io.monitoringascode.grafana.check.DashboardChecks;
import io.monitoringascode.grafana.dashboard.Dashboard;
import io.monitoringascode.grafana.dashboard.TimeRange;
import io.monitoringascode.grafana.dashboard.Variable;
import io.monitoringascode.grafana.datasource.DataSourceRef;
import io.monitoringascode.grafana.panel.FieldConfig;
import io.monitoringascode.grafana.panel.Panel;
import io.monitoringascode.grafana.panel.Target;
import io.monitoringascode.grafana.provisioning.DashboardConfigMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The snippet of the module README, which must compile and check clean. */
class ReadmeDashboardTest {
  @Test
  void readmeSnippet_rendersAndChecksClean() {
    // README snippet start
    DataSourceRef prometheus = DataSourceRef.of("prometheus", "prometheus");   // the chart's own Prometheus
    Dashboard dashboard = Dashboard.builder()
        .uid("demo-app")
        .title("Demo app")
        .time(TimeRange.last("1h"))
        .refresh("30s")
        .addVariables(Variable.custom("method", ".*", "GET", "POST"))
        .addPanels(
            Panel.row("Traffic").build(),
            Panel.stat("Requests per second").datasource(prometheus)
                .addTarget(Target.prometheus("sum(rate(http_requests_total[$__rate_interval]))"))
                .fieldConfig(FieldConfig.builder().unit("reqps").build())
                .build(),
            Panel.timeseries("Latency p95").datasource(prometheus)
                .addTarget(Target.prometheus("histogram_quantile(0.95, sum by (le) "
                    + "(rate(http_request_duration_seconds_bucket{method=~\"$method\"}[$__rate_interval])))"))
                .fieldConfig(FieldConfig.builder().unit("s").build())
                .build())
        .build();
    byte[] json = dashboard.render();                                 // canonical JSON, keys sorted
    Report report = DashboardChecks.check(dashboard, "demo-app.json", List.of());
    ConfigMap configMap = DashboardConfigMap.builder().name("demo-app-dashboard").dashboard(dashboard).build().toConfigMap();
    // README snippet end

    assertThat(json).isNotEmpty();
    assertThat(report.findings()).isEmpty();
    assertThat(configMap.getData()).containsKey("demo-app-dashboard.json");
  }
}

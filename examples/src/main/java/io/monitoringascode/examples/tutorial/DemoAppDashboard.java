package io.monitoringascode.examples.tutorial;

import io.monitoringascode.core.render.Canonical;
import io.monitoringascode.grafana.dashboard.Dashboard;
import io.monitoringascode.grafana.dashboard.TimeRange;
import io.monitoringascode.grafana.dashboard.Variable;
import io.monitoringascode.grafana.datasource.DataSourceRef;
import io.monitoringascode.grafana.panel.FieldConfig;
import io.monitoringascode.grafana.panel.Legend;
import io.monitoringascode.grafana.panel.Panel;
import io.monitoringascode.grafana.panel.Target;
import io.monitoringascode.grafana.panel.Tooltip;
import io.monitoringascode.grafana.panel.ThresholdStep;
import io.monitoringascode.grafana.panel.Thresholds;

/**
 * A dashboard of the tutorial's demo app over Prometheus: request rate, errors and latency from the metrics the app
 * exports ({@code http_requests_total}, {@code http_status_codes_total}, {@code http_request_duration_seconds}).
 */
public final class DemoAppDashboard {
  private static final DataSourceRef PROMETHEUS = TutorialDataSources.PROMETHEUS.ref();

  private DemoAppDashboard() {}

  /**
   * The dashboard.
   *
   * @return the dashboard
   */
  public static Dashboard dashboard() {
    return Dashboard.builder()
        .uid("demo-app")
        .title("Demo app")
        .addTags("demo", "prometheus")
        .time(TimeRange.last("1h"))
        .refresh("30s")
        .timezone("browser")
        .editable(true)
        .addVariables(Variable.custom("method", ".*", "GET", "POST", "PUT", "DELETE"))
        .addPanels(
            Panel.row("Traffic").build(),
            Panel.stat("Requests per second").datasource(PROMETHEUS)
                .addTarget(Target.prometheus("sum(rate(http_requests_total[$__rate_interval]))"))
                .fieldConfig(FieldConfig.builder().unit("reqps").decimals(1).build())
                .build(),
            Panel.stat("Error ratio").datasource(PROMETHEUS)
                .addTarget(Target.prometheus("sum(rate(http_status_codes_total{status=~\"5..\"}[$__rate_interval]))"
                    + " / sum(rate(http_status_codes_total[$__rate_interval]))"))
                .fieldConfig(FieldConfig.builder().unit("percentunit").decimals(2).min(0).max(1)
                    .thresholds(Thresholds.absolute(ThresholdStep.base("green"), ThresholdStep.from("orange", 0.01),
                        ThresholdStep.from("red", 0.05)))
                    .build())
                .build(),
            Panel.timeseries("Request rate by method").datasource(PROMETHEUS)
                .addTarget(Target.prometheus("sum by (method) (rate(http_requests_total{method=~\"$method\"}"
                    + "[$__rate_interval]))").withLegendFormat("{{method}}"))
                .fieldConfig(FieldConfig.builder().unit("reqps").build())
                .build(),
            Panel.row("Latency").build(),
            Panel.timeseries("Latency p50 and p95").datasource(PROMETHEUS)
                .addTargets(
                    Target.prometheus(quantile("0.95")).withLegendFormat("{{method}} p95"),
                    Target.prometheus(quantile("0.50")).withLegendFormat("{{method}} p50"))
                .fieldConfig(FieldConfig.builder().unit("s").build())
                .legend(Legend.table("bottom", "mean", "max"))
                .tooltip(Tooltip.allSeriesDescending())
                .build(),
            Panel.heatmap("Latency distribution").datasource(PROMETHEUS)
                .addTarget(Target.builder().expr("sum by (le) (rate(http_request_duration_seconds_bucket"
                    + "[$__rate_interval]))").legendFormat("{{le}}").putExtra("format",
                        Canonical.toTree("heatmap")).build())
                .build())
        .build();
  }

  private static String quantile(String q) {
    return "histogram_quantile(" + q + ", sum by (le, method) (rate(http_request_duration_seconds_bucket"
        + "{method=~\"$method\"}[$__rate_interval])))";
  }
}

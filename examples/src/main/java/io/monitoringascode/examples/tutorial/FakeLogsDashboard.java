package io.monitoringascode.examples.tutorial;

import io.monitoringascode.grafana.dashboard.Dashboard;
import io.monitoringascode.grafana.dashboard.TimeRange;
import io.monitoringascode.grafana.dashboard.Variable;
import io.monitoringascode.grafana.datasource.DataSourceRef;
import io.monitoringascode.grafana.panel.FieldConfig;
import io.monitoringascode.grafana.panel.Legend;
import io.monitoringascode.grafana.panel.Panel;
import io.monitoringascode.grafana.panel.ReduceOptions;
import io.monitoringascode.grafana.panel.Target;
import io.monitoringascode.grafana.panel.Tooltip;
import java.util.List;
import java.util.Map;

/**
 * The tutorial's fake-logs dashboard over Loki: the log panels of its "Application Monitoring &amp; Logging"
 * dashboard, filtered by service, free text, status and method, written as code.
 */
public final class FakeLogsDashboard {
  private static final DataSourceRef LOKI = TutorialDataSources.LOKI.ref();
  /** The stream and filters every panel shares; `$filter` is a line filter, the others label filters. */
  private static final String LOGS = "{service_name=\"$service\"} |= \"$filter\" | json";

  private FakeLogsDashboard() {}

  /**
   * The dashboard.
   *
   * @return the dashboard
   */
  public static Dashboard dashboard() {
    return Dashboard.builder()
        .uid("fake-logs")
        .title("Fake logs")
        .addTags("logs", "loki")
        .time(TimeRange.last("1h"))
        .refresh("10s")
        .timezone("browser")
        .editable(true)
        .addVariables(
            Variable.builder().type("query").name("service").label("Service").datasource(LOKI)
                .query("label_values(service_name)").refresh(1).build(),
            Variable.textbox("filter", ""),
            Variable.custom("status_filter", ".*", "2.*", "3.*", "4.*", "5.*"),
            Variable.custom("method_filter", ".*", "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD"))
        .addPanels(
            Panel.pieChart("Status codes from logs").datasource(LOKI)
                .addTarget(countBy("http_status"))
                .option("pieType", "pie")
                .option("displayLabels", List.of("percent"))
                .option("legend", Map.of("displayMode", "table", "placement", "right", "showLegend", true,
                    "values", List.of("count", "percent")))
                .reduceOptions(ReduceOptions.by("lastNotNull"))
                .build(),
            Panel.timeseries("Log volume by HTTP method").datasource(LOKI)
                .addTarget(countBy("http_method"))
                .fieldConfig(FieldConfig.builder().unit("short")
                    .customSetting("drawStyle", "bars")
                    .customSetting("fillOpacity", 70)
                    .customSetting("stacking", Map.of("group", "A", "mode", "normal"))
                    .build())
                .legend(Legend.table("right", "sum"))
                .tooltip(Tooltip.allSeriesDescending())
                .build(),
            Panel.logs("Raw logs").datasource(LOKI).height(10)
                .addTarget(Target.loki(LOGS + " | http_status=~\"$status_filter\" | http_method=~\"$method_filter\"")
                    .withRefId("A"))
                .option("showTime", true)
                .option("sortOrder", "Descending")
                .option("enableLogDetails", true)
                .option("wrapLogMessage", false)
                .build())
        .build();
  }

  /** Log lines per label value; `__error__=""` drops the lines `json` could not parse. */
  private static Target countBy(String label) {
    return Target.loki("sum by (" + label + ") (count_over_time(" + LOGS + " | __error__=\"\" [$__auto]))")
        .withLegendFormat("{{" + label + "}}");
  }
}

package io.monitoringascode.grafana.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import java.util.Map;

/**
 * {@code dashboard/deprecated-panel}: panel types built on AngularJS, which Grafana 11 disables and Grafana 12
 * removes. Grafana migrates some on load ({@code graph} to {@code timeseries}) with defaults that can differ; the others
 * show "Panel plugin not found".
 */
final class DashboardDeprecatedPanelCheck implements Check<JsonNode> {
  private static final RuleInfo INFO = RuleInfo.of("dashboard/deprecated-panel", Severity.WARNING,
      "Deprecated AngularJS panel types should be replaced.");
  private static final Map<String, String> REPLACEMENTS = Map.of(
      "graph", "timeseries",
      "singlestat", "stat",
      "table-old", "table",
      "grafana-piechart-panel", "piechart",
      "grafana-worldmap-panel", "geomap",
      "grafana-singlestat-panel", "stat");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(JsonNode dashboard, CheckContext context, FindingSink sink) {
    for (PanelSite site : PanelSite.all(dashboard)) {
      String replacement = REPLACEMENTS.get(site.type());
      if (replacement != null) {
        sink.at(site.pointer() + "/type").warning(site.name() + " has type `" + site.type()
                + "`, an AngularJS panel that Grafana 12 no longer runs, so it is migrated on load or not shown.")
            .hint("Use type `" + replacement + "` instead.");
      }
    }
  }
}

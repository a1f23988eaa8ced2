package io.monitoringascode.grafana.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.grafana.panel.GridPos;

/**
 * {@code dashboard/grid-position}: a panel's {@code gridPos} lies inside Grafana's 24 columns, with a width and
 * height of at least 1. Grafana's grid silently moves or shrinks a panel that does not fit.
 */
final class DashboardGridPositionCheck implements Check<JsonNode> {
  private static final RuleInfo INFO = RuleInfo.of("dashboard/grid-position", Severity.ERROR,
      "Panels must lie inside the 24-column grid.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(JsonNode dashboard, CheckContext context, FindingSink sink) {
    for (PanelSite site : PanelSite.all(dashboard)) {
      JsonNode pos = site.panel().path("gridPos");
      if (!pos.isObject()) {
        continue;
      }
      int x = pos.path("x").asInt(0);
      int y = pos.path("y").asInt(0);
      int w = pos.path("w").asInt(1);
      int h = pos.path("h").asInt(1);
      String pointer = site.pointer() + "/gridPos";
      if (w < 1 || h < 1) {
        sink.at(pointer).error(site.name() + " is " + w + " columns wide and " + h
                + " rows high, so Grafana shows it at its minimum size instead.")
            .hint("Set `w` and `h` to at least 1.");
      } else if (x < 0 || y < 0 || x + w > GridPos.COLUMNS) {
        sink.at(pointer).error(site.name() + " spans columns " + x + " to " + (x + w)
                + " (or starts above the top), outside Grafana's " + GridPos.COLUMNS
                + " columns, so Grafana moves or shrinks it.")
            .hint("Keep `x` at least 0 and `x + w` at most 24.");
      }
    }
  }
}

package io.monitoringascode.grafana.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.grafana.internal.Unmodelled;
import io.monitoringascode.grafana.panel.GridPos;
import io.monitoringascode.grafana.panel.Panel;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code dashboard/panel-overlap}: no two panels of the same list (the dashboard's, or one collapsed row's) share a
 * grid cell. Grafana pushes one of them down, so the layout differs from the one written.
 */
final class DashboardPanelOverlapCheck implements Check<JsonNode> {
  private static final RuleInfo INFO = RuleInfo.of("dashboard/panel-overlap", Severity.WARNING,
      "Panels must not overlap.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(JsonNode dashboard, CheckContext context, FindingSink sink) {
    List<PanelSite> placed = new ArrayList<>();
    List<GridPos> positions = new ArrayList<>();
    for (PanelSite site : PanelSite.all(dashboard)) {
      GridPos pos;
      try {
        pos = GridPos.fromJson(site.panel().path("gridPos"));
        if (site.type().equals(Panel.ROW)) {
          // Grafana draws a row across the grid, one unit high, whatever its gridPos says.
          pos = new GridPos(0, pos.y(), GridPos.COLUMNS, 1);
        }
      } catch (Unmodelled notAPosition) {
        continue;
      }
      for (int i = 0; i < placed.size(); i++) {
        if (placed.get(i).group().equals(site.group()) && positions.get(i).overlaps(pos)) {
          sink.at(site.pointer() + "/gridPos").warning(site.name() + " overlaps " + placed.get(i).name()
                  + ", so Grafana moves it down and the layout differs from the one written.")
              .hint("Move it below or beside `" + placed.get(i).pointer() + "`, or leave `gridPos` out for"
                  + " automatic layout.");
          break;
        }
      }
      placed.add(site);
      positions.add(pos);
    }
  }
}

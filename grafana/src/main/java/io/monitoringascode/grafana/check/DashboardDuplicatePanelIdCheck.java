package io.monitoringascode.grafana.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code dashboard/duplicate-panel-id}: panel ids are unique across the dashboard, panels of collapsed rows included.
 * Grafana finds panels by id for links ({@code viewPanel=}), library panels and the {@code -- Dashboard --} data
 * source, so a second panel with the same id is unreachable.
 */
final class DashboardDuplicatePanelIdCheck implements Check<JsonNode> {
  private static final RuleInfo INFO = RuleInfo.of("dashboard/duplicate-panel-id", Severity.ERROR,
      "Panel ids must be unique in a dashboard.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(JsonNode dashboard, CheckContext context, FindingSink sink) {
    Map<Long, String> first = new HashMap<>();
    for (PanelSite site : PanelSite.all(dashboard)) {
      JsonNode id = site.panel().path("id");
      if (!id.isIntegralNumber()) {
        continue;
      }
      String previous = first.putIfAbsent(id.longValue(), site.pointer());
      if (previous != null) {
        sink.at(site.pointer() + "/id").error(site.name() + " has id `" + id.asText() + "`, already used at `"
                + previous + "`, so links and queries by panel id reach only one of them.")
            .hint("Give it an unused id, or leave ids out and let the model number the panels.");
      }
    }
  }
}

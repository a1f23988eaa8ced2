package io.monitoringascode.grafana.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.grafana.datasource.DataSource;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code dashboard/datasource}: every data-source reference (of panels, targets, variables and annotations) names a
 * provisioned data source by uid or name (Grafana tries both, in either form), a data-source variable, or one of
 * Grafana's own ({@code -- Mixed --}, {@code -- Dashboard --}, {@code -- Grafana --}). A reference to nothing shows
 * "Datasource not found" or "No data". Without the list of provisioned data sources the check is silent.
 */
final class DashboardDatasourceCheck implements Check<JsonNode> {
  private static final RuleInfo INFO = RuleInfo.of("dashboard/datasource", Severity.ERROR,
      "Data-source references must resolve to a provisioned data source or a data-source variable.");
  private final List<DataSource> provisioned;

  DashboardDatasourceCheck(List<DataSource> provisioned) {
    this.provisioned = List.copyOf(provisioned);
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(JsonNode dashboard, CheckContext context, FindingSink sink) {
    if (provisioned.isEmpty()) {
      return;
    }
    JsonNode variables = dashboard.path("templating").path("list");
    for (int i = 0; i < variables.size(); i++) {
      check(variables.path(i).path("datasource"), "/templating/list/" + i + "/datasource", sink);
    }
    JsonNode annotations = dashboard.path("annotations").path("list");
    for (int i = 0; i < annotations.size(); i++) {
      check(annotations.path(i).path("datasource"), "/annotations/list/" + i + "/datasource", sink);
    }
    for (PanelSite site : PanelSite.all(dashboard)) {
      check(site.panel().path("datasource"), site.pointer() + "/datasource", sink);
      JsonNode targets = site.panel().path("targets");
      for (int i = 0; i < targets.size(); i++) {
        check(targets.path(i).path("datasource"), site.pointer() + "/targets/" + i + "/datasource", sink);
      }
    }
  }

  private void check(JsonNode ref, String pointer, FindingSink sink) {
    if (ref.isMissingNode() || ref.isNull() || DataSourceResolution.isBuiltIn(ref)) {
      return;
    }
    Optional<String> id = DataSourceResolution.identifier(ref);
    if (id.isEmpty() || VariableReferences.whole(id.get()).isPresent()) {
      // A variable is resolved when the dashboard loads; `dashboard/undefined-variable` checks that it exists.
      return;
    }
    boolean legacy = ref.isTextual();
    // Grafana's front end looks a reference up by uid, then by name, whichever form it takes
    // (DatasourceSrv.getInstanceSettings), so `{"uid": "Prometheus"}` and `"prometheus"` both resolve.
    boolean found = provisioned.stream().anyMatch(ds -> ds.uid().equals(id.get()) || ds.name().equals(id.get()));
    if (!found) {
      String known = provisioned.stream().map(ds -> legacy ? ds.name() : ds.uid())
          .collect(Collectors.toCollection(TreeSet::new)).toString();
      sink.at(legacy ? pointer : pointer + "/uid").error("Data source " + (legacy ? "name" : "uid") + " `" + id.get()
              + "` is not provisioned, so Grafana shows \"Datasource not found\" and the panel stays empty.")
          .hint("Use one of " + known + ", or a data-source variable such as `${datasource}`.");
    }
  }
}

package io.monitoringascode.grafana.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Report;
import io.monitoringascode.grafana.dashboard.Dashboard;
import io.monitoringascode.grafana.datasource.DataSource;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of dashboards: the one explicit list that {@code stack} and {@code cli} join with the other modules'
 * lists. Checks run on the dashboard's JSON tree, as written or as {@link Dashboard#toJson()} renders it, so that
 * every pointer matches the file.
 */
public final class DashboardChecks {
  private DashboardChecks() {}

  /**
   * The checks that need no context; {@code dashboard/datasource} stays silent and queries are checked where the
   * data source names its type.
   *
   * @return the checks, in report order
   */
  public static List<Check<JsonNode>> all() {
    return all(List.of());
  }

  /**
   * The checks, with data-source references resolved against the provisioned data sources.
   *
   * @param provisioned the data sources Grafana provisions, such as the chart's Prometheus (uid {@code prometheus})
   *     and its {@code additionalDataSources}
   * @return the checks, in report order
   */
  public static List<Check<JsonNode>> all(List<DataSource> provisioned) {
    return List.of(
        new DashboardUidCheck(),
        new DashboardDuplicatePanelIdCheck(),
        new DashboardGridPositionCheck(),
        new DashboardPanelOverlapCheck(),
        new DashboardDatasourceCheck(provisioned),
        new DashboardUndefinedVariableCheck(),
        new DashboardQuerySyntaxCheck(provisioned),
        new DashboardUnitCheck(),
        new DashboardDeprecatedPanelCheck());
  }

  /**
   * Whether a document is a Grafana dashboard's JSON model: an object without {@code apiVersion} that has a
   * {@code panels} (or, in old dashboards, {@code rows}) list and a {@code title} or {@code schemaVersion}.
   *
   * @param document a document read from a file
   * @return true when the dashboard checks apply
   */
  public static boolean recognises(JsonNode document) {
    return document.isObject() && !document.has("apiVersion")
        && (document.path("panels").isArray() || document.path("rows").isArray())
        && (document.has("title") || document.has("schemaVersion"));
  }

  /**
   * Runs every check on a dashboard file's tree.
   *
   * @param dashboard the dashboard JSON
   * @param file the file, for the findings' locations
   * @param provisioned the provisioned data sources; empty when unknown
   * @return the findings
   */
  public static Report check(JsonNode dashboard, String file, List<DataSource> provisioned) {
    List<Finding> findings = new ArrayList<>();
    for (Check<JsonNode> check : all(provisioned)) {
      for (Finding finding : check.run(dashboard, CheckContext.none())) {
        findings.add(finding.withLocation(finding.location().inFile(file, 0)));
      }
    }
    return Report.of(findings);
  }

  /**
   * Runs every check on a dashboard as it renders.
   *
   * @param dashboard the dashboard
   * @param file the file it is written to
   * @param provisioned the provisioned data sources; empty when unknown
   * @return the findings
   */
  public static Report check(Dashboard dashboard, String file, List<DataSource> provisioned) {
    return check(dashboard.toJson(), file, provisioned);
  }
}

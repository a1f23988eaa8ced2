package io.monitoringascode.grafana.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.lang.QueryProblem;
import io.monitoringascode.grafana.datasource.DataSource;
import io.monitoringascode.loki.logql.Logql;
import io.monitoringascode.prometheus.promql.Promql;
import java.util.List;
import java.util.Optional;

/**
 * {@code dashboard/query-syntax}: the {@code expr} of every target and annotation over a Prometheus data source is PromQL, and over a
 * Loki data source LogQL, once Grafana's variables are replaced ({@code Promql.parseDashboardQuery},
 * {@code Logql.parseDashboardQuery}). The data source is the target's own, else the panel's, resolved through its
 * {@code type}, a data-source variable's plugin type or the provisioned data sources; targets whose language cannot
 * be known are skipped. Prometheus or Loki refuses the query and the panel shows an error triangle.
 */
final class DashboardQuerySyntaxCheck implements Check<JsonNode> {
  private static final RuleInfo INFO = RuleInfo.of("dashboard/query-syntax", Severity.ERROR,
      "Panel queries must be valid PromQL or LogQL.");
  private final List<DataSource> provisioned;

  DashboardQuerySyntaxCheck(List<DataSource> provisioned) {
    this.provisioned = List.copyOf(provisioned);
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(JsonNode dashboard, CheckContext context, FindingSink sink) {
    JsonNode annotations = dashboard.path("annotations").path("list");
    for (int i = 0; i < annotations.size(); i++) {
      JsonNode annotation = annotations.path(i);
      check(annotation.path("expr"), annotation.path("datasource"), dashboard, "/annotations/list/" + i + "/expr",
          sink);
    }
    for (PanelSite site : PanelSite.all(dashboard)) {
      JsonNode targets = site.panel().path("targets");
      for (int i = 0; i < targets.size(); i++) {
        JsonNode target = targets.path(i);
        check(target.path("expr"), DataSourceResolution.effective(target, site.panel()), dashboard,
            site.pointer() + "/targets/" + i + "/expr", sink);
      }
    }
  }

  private void check(JsonNode expr, JsonNode datasource, JsonNode dashboard, String pointer, FindingSink sink) {
    if (!expr.isTextual() || expr.textValue().isBlank()) {
      return;
    }
    Optional<String> type = DataSourceResolution.pluginType(datasource, dashboard, provisioned);
    if (type.filter("prometheus"::equals).isPresent()) {
      report("PromQL", "Prometheus", expr.textValue(), Promql.parseDashboardQuery(expr.textValue()).problems(),
          pointer, sink);
    } else if (type.filter("loki"::equals).isPresent()) {
      report("LogQL", "Loki", expr.textValue(), Logql.parseDashboardQuery(expr.textValue()).problems(), pointer,
          sink);
    }
  }

  private static void report(String language, String server, String expr, List<QueryProblem> problems,
      String pointer, FindingSink sink) {
    for (QueryProblem problem : problems) {
      String consequence = problem.severity() == Severity.ERROR
          ? ", so " + server + " refuses the query and the panel shows an error."
          : ", so the query may fail when it runs.";
      FindingSink.Draft draft = sink.at(pointer, problem.span()).report(problem.severity(),
          language + " problem at " + problem.position(expr) + ": " + problem.message() + consequence);
      problem.hint().ifPresent(draft::hint);
    }
  }
}

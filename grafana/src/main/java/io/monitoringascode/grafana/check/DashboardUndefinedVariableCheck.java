package io.monitoringascode.grafana.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.lang.ClosestNames;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.finding.Span;
import java.util.Set;

/**
 * {@code dashboard/undefined-variable}: every variable used in a query, a title, a link or a data-source reference is
 * defined in {@code templating.list} or is one of Grafana's built-ins. Grafana leaves an unknown {@code $name} in the
 * text as it is, so the query fails or matches nothing and the panel shows "No data".
 */
final class DashboardUndefinedVariableCheck implements Check<JsonNode> {
  private static final RuleInfo INFO = RuleInfo.of("dashboard/undefined-variable", Severity.ERROR,
      "Variables used in queries, titles and links must be defined.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(JsonNode dashboard, CheckContext context, FindingSink sink) {
    Set<String> defined = VariableReferences.defined(dashboard);
    check(dashboard.path("title"), "/title", defined, sink);
    JsonNode links = dashboard.path("links");
    for (int i = 0; i < links.size(); i++) {
      check(links.path(i).path("url"), "/links/" + i + "/url", defined, sink);
    }
    JsonNode variables = dashboard.path("templating").path("list");
    for (int i = 0; i < variables.size(); i++) {
      String pointer = "/templating/list/" + i;
      if (variables.path(i).path("type").asText("").equals("query")) {
        check(variables.path(i).path("query"), pointer + "/query", defined, sink);
      }
      checkDataSource(variables.path(i).path("datasource"), pointer + "/datasource", defined, sink);
    }
    JsonNode annotations = dashboard.path("annotations").path("list");
    for (int i = 0; i < annotations.size(); i++) {
      String pointer = "/annotations/list/" + i;
      check(annotations.path(i).path("expr"), pointer + "/expr", defined, sink);
      checkDataSource(annotations.path(i).path("datasource"), pointer + "/datasource", defined, sink);
    }
    for (PanelSite site : PanelSite.all(dashboard)) {
      JsonNode panel = site.panel();
      check(panel.path("title"), site.pointer() + "/title", defined, sink);
      checkDataSource(panel.path("datasource"), site.pointer() + "/datasource", defined, sink);
      JsonNode panelLinks = panel.path("links");
      for (int i = 0; i < panelLinks.size(); i++) {
        check(panelLinks.path(i).path("url"), site.pointer() + "/links/" + i + "/url", defined, sink);
      }
      JsonNode targets = panel.path("targets");
      for (int i = 0; i < targets.size(); i++) {
        String pointer = site.pointer() + "/targets/" + i;
        check(targets.path(i).path("expr"), pointer + "/expr", defined, sink);
        checkDataSource(targets.path(i).path("datasource"), pointer + "/datasource", defined, sink);
      }
    }
  }

  private static void checkDataSource(JsonNode ref, String pointer, Set<String> defined, FindingSink sink) {
    if (ref.isTextual()) {
      check(ref, pointer, defined, sink);
    } else {
      check(ref.path("uid"), pointer + "/uid", defined, sink);
    }
  }

  private static void check(JsonNode value, String pointer, Set<String> defined, FindingSink sink) {
    if (!value.isTextual()) {
      return;
    }
    for (VariableReferences.Reference reference : VariableReferences.in(value.textValue())) {
      if (!defined.contains(reference.name()) && !VariableReferences.isBuiltIn(reference.name())) {
        sink.at(pointer, new Span(reference.start(), reference.end()))
            .error("Variable `" + reference.name() + "` is not defined, so Grafana leaves `"
                + value.textValue().substring(reference.start(), reference.end())
                + "` in the text as it is and the panel shows no data or a wrong title.")
            .hint(ClosestNames.closest(reference.name(), defined)
                .map(closest -> "Write `" + closest + "`, the variable defined, or define `" + reference.name()
                    + "` in `templating.list`.")
                .orElse("Define `" + reference.name() + "` in `templating.list`."));
      }
    }
  }
}

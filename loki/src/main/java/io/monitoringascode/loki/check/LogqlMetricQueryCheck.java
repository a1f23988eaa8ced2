package io.monitoringascode.loki.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.loki.logql.LogSelectorExpr;
import io.monitoringascode.loki.logql.Logql;
import io.monitoringascode.loki.logql.ParseResult;

/**
 * {@code logql/metric-query}: a rule's {@code expr} must be a metric query. The ruler loads a rule whose expression is
 * a log query ({@code {app="api"} |= "error"}), then runs it as an instant query at every evaluation and fails with
 * "rule result is not a vector or scalar" (Loki's {@code pkg/ruler}): the alert never fires, the series is never
 * recorded, and only the ruler's log says so. Expressions that do not parse are left to {@code logql/syntax}.
 */
final class LogqlMetricQueryCheck implements Check<JsonNode> {
  private static final RuleInfo INFO = RuleInfo.of("logql/metric-query", Severity.ERROR,
      "Loki rule expressions must be metric queries.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(JsonNode rulesFile, CheckContext context, FindingSink sink) {
    for (LokiRuleSite site : LokiRuleSite.all(rulesFile)) {
      String expr = site.text("expr");
      if (expr.isBlank()) {
        continue;
      }
      ParseResult parsed = Logql.parse(expr);
      if (parsed.valid() && parsed.expr().orElseThrow() instanceof LogSelectorExpr log) {
        String kind = site.isRecording() && !site.isAlerting() ? "Recording rule `" + site.text("record")
            : "Alerting rule `" + site.text("alert");
        sink.at(site.pointer("expr"), log.span())
            .report(kind + "` has the log query `" + expr.strip() + "`, so the Loki ruler fails with `rule result is"
                + " not a vector or scalar` at every evaluation.")
            .hint("Turn it into a metric query with a range aggregation, such as `sum(count_over_time("
                + expr.strip() + " [5m])) > 0`.");
      }
    }
  }
}

package io.monitoringascode.loki.rule;

import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.loki.logql.LogSelectorExpr;
import io.monitoringascode.loki.logql.Logql;
import io.monitoringascode.loki.logql.ParseResult;

/** What the builders require of a rule's expression. */
final class RuleExpressions {
  private RuleExpressions() {}

  /**
   * Rejects an empty expression, and an expression that parses as a log query: the ruler runs it as an instant query
   * and fails on each evaluation with "rule result is not a vector or scalar" (Loki's {@code pkg/ruler}). A syntax
   * error is left to the check {@code logql/syntax}, which reports every problem with its position.
   */
  static void requireMetricQuery(String kind, String name, String expr) {
    if (expr.isBlank()) {
      throw new InvalidModelException("`expr`: " + kind + " `" + name + "` needs an expression.");
    }
    ParseResult parsed = Logql.parse(expr);
    if (parsed.valid() && parsed.expr().orElseThrow() instanceof LogSelectorExpr) {
      throw new InvalidModelException("`expr`: " + kind + " `" + name + "` needs a metric query, but `" + expr.strip()
          + "` is a log query, which the Loki ruler cannot evaluate; wrap it in a range aggregation such as"
          + " `sum(count_over_time(" + expr.strip() + " [5m]))`.");
    }
  }
}

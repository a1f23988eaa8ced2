package io.monitoringascode.prometheus.check;

import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.prometheus.promql.AggregateExpr;
import io.monitoringascode.prometheus.promql.BinaryExpr;
import io.monitoringascode.prometheus.promql.Expr;
import io.monitoringascode.prometheus.promql.VectorSelector;
import java.util.Optional;
import java.util.Set;

/**
 * {@code promql/counter-comparison}: a counter ({@code _total}) compared with a number other than 0 and 1, as its raw
 * value or through an aggregation that keeps values ({@code sum}, {@code max}...), without {@code rate},
 * {@code increase} or another function around it. A counter counts from the start of the process, so
 * {@code errors_total > 10} becomes true once ten errors have ever happened and stays true until a restart. Comparing
 * with 0 or 1 ("has it ever happened", such as {@code node_edac_uncorrectable_errors_total > 0}) is a deliberate
 * idiom and left alone, and so are arithmetic between series, recorded names (with a colon), and the gauges in
 * {@link #GAUGES_NAMED_TOTAL}, which exporters name with {@code _total} against the convention.
 */
final class PromqlCounterComparisonCheck extends RuleCheck {
  private static final RuleInfo INFO = RuleInfo.of("promql/counter-comparison", Severity.WARNING,
      "A counter should be compared through `rate` or `increase`, not by its value since the process started.");

  /**
   * Gauges whose names end in {@code _total}: CloudNativePG's number of backends (waiting), and Ceph's number of
   * placement groups.
   */
  private static final Set<String> GAUGES_NAMED_TOTAL = Set.of(
      "cnpg_backends_total", "cnpg_backends_waiting_total", "ceph_pg_total");

  /** Aggregations whose result is one of the values or their sum, so a counter stays a counter. */
  private static final Set<AggregateExpr.Op> KEEPING_VALUES = Set.of(AggregateExpr.Op.SUM, AggregateExpr.Op.MIN,
      AggregateExpr.Op.MAX, AggregateExpr.Op.AVG, AggregateExpr.Op.TOPK, AggregateExpr.Op.BOTTOMK,
      AggregateExpr.Op.QUANTILE, AggregateExpr.Op.LIMITK, AggregateExpr.Op.LIMIT_RATIO);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  RuleWalk start(FindingSink sink) {
    return (site, expression) -> {
      if (!expression.text().contains("_total")) {
        return;
      }
      for (BinaryExpr comparison : expression.comparisons()) {
        check(sink, site, expression.text(), comparison, comparison.lhs(), comparison.rhs());
        check(sink, site, expression.text(), comparison, comparison.rhs(), comparison.lhs());
      }
    };
  }

  private static void check(FindingSink sink, RuleSite site, String text, BinaryExpr comparison, Expr side,
      Expr other) {
    Optional<Double> number = Subexpressions.number(other);
    Optional<VectorSelector> counter = counter(side);
    if (number.isEmpty() || number.get() == 0 || number.get() == 1 || counter.isEmpty()
        || comparison.span().end() > text.length()) {
      return;
    }
    VectorSelector selector = counter.get();
    String metric = Subexpressions.metricName(selector);
    // With `offset` or `@`, the range goes before the modifiers: show the name and matchers alone then.
    String written = selector.offsetMillis() == 0 && selector.at().isEmpty()
        ? text.substring(selector.span().start(), selector.span().end()) : metric;
    String threshold = text.substring(Subexpressions.unwrap(other).span().start(),
        Subexpressions.unwrap(other).span().end());
    sink.at(site.pointer("expr"), comparison.span())
        .warning("`" + text.substring(comparison.span().start(), comparison.span().end()) + "` compares the counter `"
            + metric + "` itself, which counts from the start of the process, so the result holds once the count"
            + " passes `" + threshold + "` and until the process restarts.")
        .hint("Compare the counter's change instead, such as `increase(" + written + "[5m])` (or `rate(...)` per"
            + " second), with `" + threshold + "`.");
  }

  /** The counter selector whose values reach the comparison unchanged or summed; empty for anything else. */
  private static Optional<VectorSelector> counter(Expr side) {
    Expr inner = Subexpressions.unwrap(side);
    while (inner instanceof AggregateExpr aggregate && KEEPING_VALUES.contains(aggregate.op())) {
      inner = Subexpressions.unwrap(aggregate.expr());
    }
    if (inner instanceof VectorSelector selector) {
      String metric = Subexpressions.metricName(selector);
      if (metric.endsWith("_total") && metric.indexOf(':') < 0 && !GAUGES_NAMED_TOTAL.contains(metric)) {
        return Optional.of(selector);
      }
    }
    return Optional.empty();
  }
}

package io.monitoringascode.loki.check;

import io.monitoringascode.loki.logql.BinOpExpr;
import io.monitoringascode.loki.logql.BinOpModifier;
import io.monitoringascode.loki.logql.Cardinality;
import io.monitoringascode.loki.logql.Expr;
import io.monitoringascode.loki.logql.Grouping;
import io.monitoringascode.loki.logql.LabelReplaceExpr;
import io.monitoringascode.loki.logql.LiteralExpr;
import io.monitoringascode.loki.logql.RangeAggregationExpr;
import io.monitoringascode.loki.logql.VectorAggregationExpr;
import io.monitoringascode.loki.logql.VectorExpr;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The exact label set of every series a LogQL metric query returns, where the query fixes it: an aggregation
 * {@code by (...)} keeps only those labels, one without grouping keeps none, a number or {@code vector(...)} has none.
 * Anything that depends on the streams (a range aggregation without {@code by}, a {@code without}, {@code topk}) is
 * unknown, and so is every binary operation with vector matching modifiers: the checks stay silent there.
 */
final class ResultLabels {
  /** The aggregations that keep only their grouping labels; {@code topk}, {@code sort} and the like keep the series'. */
  private static final List<String> GROUPING = List.of("sum", "avg", "min", "max", "stddev", "stdvar", "count");

  private ResultLabels() {}

  /**
   * The labels of the query's result.
   *
   * @return the exact set, or empty when the streams decide
   */
  static Optional<Set<String>> of(Expr expr) {
    if (expr instanceof LiteralExpr || expr instanceof VectorExpr) {
      return Optional.of(Set.of());
    }
    if (expr instanceof VectorAggregationExpr aggregation) {
      if (!GROUPING.contains(aggregation.operation())) {
        return of(aggregation.inner());
      }
      return grouped(aggregation.grouping(), true);
    }
    if (expr instanceof RangeAggregationExpr range) {
      // Without grouping, a range aggregation keeps the labels of each stream (and of its parsers).
      return grouped(range.grouping(), false);
    }
    if (expr instanceof LabelReplaceExpr replace) {
      return of(replace.inner()).map(labels -> {
        Set<String> with = new TreeSet<>(labels);
        with.add(replace.destination());
        return with;
      });
    }
    if (expr instanceof BinOpExpr binary) {
      return binary(binary);
    }
    return Optional.empty();
  }

  private static Optional<Set<String>> grouped(Optional<Grouping> grouping, boolean noneWithoutGrouping) {
    if (grouping.isEmpty()) {
      return noneWithoutGrouping ? Optional.of(Set.of()) : Optional.empty();
    }
    return grouping.get().without() ? Optional.empty() : Optional.of(new TreeSet<>(grouping.get().labels()));
  }

  /**
   * A number on one side leaves the other side's labels. Between two vectors without {@code on}, {@code ignoring} or
   * {@code group_*}, the result has the left side's labels (Loki matches one to one as Prometheus does), except for
   * {@code or}, whose series come from either side.
   */
  private static Optional<Set<String>> binary(BinOpExpr binary) {
    if (binary.left() instanceof LiteralExpr) {
      return of(binary.right());
    }
    if (binary.right() instanceof LiteralExpr) {
      return of(binary.left());
    }
    BinOpModifier modifier = binary.modifier();
    if (modifier.on() || !modifier.matchingLabels().isEmpty() || modifier.cardinality() != Cardinality.ONE_TO_ONE) {
      return Optional.empty();
    }
    Optional<Set<String>> left = of(binary.left());
    if (!binary.operator().equals("or")) {
      return left;
    }
    Optional<Set<String>> right = of(binary.right());
    if (left.isEmpty() || right.isEmpty()) {
      return Optional.empty();
    }
    Set<String> either = new TreeSet<>(left.get());
    either.addAll(right.get());
    return Optional.of(either);
  }
}

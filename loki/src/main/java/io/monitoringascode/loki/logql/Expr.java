package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;

/**
 * A parsed LogQL expression: a log query ({@link LogSelectorExpr}) or a metric query ({@link SampleExpr}), as Loki's
 * {@code pkg/logql/syntax} models them. Nodes are records; each carries the span of the query text it was read from.
 */
public sealed interface Expr permits LogSelectorExpr, SampleExpr {
  /**
   * The characters of the query this node was read from.
   *
   * @return the span, as offsets into the parsed text
   */
  Span span();

  /**
   * Whether this is a log query or a metric query.
   *
   * @return {@link ExprType#LOG} for a log query, {@link ExprType#METRIC} otherwise
   */
  ExprType type();

  /**
   * Compares two trees node by node, ignoring where they were read from: a query and its printed form parse to trees
   * that are equal this way.
   *
   * @param other the other tree
   * @return true when both trees have the same nodes and values
   */
  default boolean equalsIgnoringSpans(Expr other) {
    return Trees.equalIgnoringSpans(this, other);
  }
}

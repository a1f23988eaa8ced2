package io.monitoringascode.prometheus.promql;

import io.monitoringascode.core.finding.Span;

/**
 * A PromQL expression: one node of the tree {@link Promql#parse(String)} builds, named after the nodes of Prometheus'
 * {@code ast.go}. Every node carries the {@link Span} of the text it was parsed from; {@link #withoutSpans()} gives a
 * copy whose spans are all empty (and whose label matchers are in printed order), so that two trees can be compared for
 * their meaning alone.
 */
public sealed interface Expr
    permits AggregateExpr, BinaryExpr, Call, MatrixSelector, NumberLiteral, ParenExpr, StringLiteral, SubqueryExpr,
        UnaryExpr, VectorSelector {
  /** The empty span that {@link #withoutSpans()} puts everywhere. */
  Span NO_SPAN = new Span(0, 0);

  /**
   * The characters this node was parsed from.
   *
   * @return the span in the parsed text
   */
  Span span();

  /**
   * The type of the value this expression evaluates to.
   *
   * @return the value type
   */
  ValueType type();

  /**
   * This tree with every span replaced by an empty one.
   *
   * @return a tree equal to any other tree parsed from text with the same meaning
   */
  Expr withoutSpans();
}

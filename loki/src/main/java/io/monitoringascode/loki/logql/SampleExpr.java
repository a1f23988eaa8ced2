package io.monitoringascode.loki.logql;

/**
 * A metric query: an aggregation over a range of logs or over other samples, a binary operation, a literal,
 * {@code label_replace} or {@code vector}.
 */
public sealed interface SampleExpr extends Expr
    permits RangeAggregationExpr, VectorAggregationExpr, BinOpExpr, LiteralExpr, LabelReplaceExpr, VectorExpr {
  @Override
  default ExprType type() {
    return ExprType.METRIC;
  }
}

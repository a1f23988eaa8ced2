package io.monitoringascode.prometheus.promql;

import io.monitoringascode.core.finding.Span;

/**
 * A sign before an expression that is not a number literal: {@code -rate(x[5m])}.
 *
 * @param negative true for {@code -}, false for {@code +}
 * @param expr the operand
 * @param span from the sign to the end of the operand
 */
public record UnaryExpr(boolean negative, Expr expr, Span span) implements Expr {
  @Override
  public ValueType type() {
    return expr.type();
  }

  @Override
  public UnaryExpr withoutSpans() {
    return new UnaryExpr(negative, expr.withoutSpans(), NO_SPAN);
  }

  @Override
  public String toString() {
    return Printer.print(this);
  }
}

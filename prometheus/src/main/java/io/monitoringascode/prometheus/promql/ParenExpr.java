package io.monitoringascode.prometheus.promql;

import io.monitoringascode.core.finding.Span;

/**
 * An expression in parentheses, kept so that printing gives back the user's grouping.
 *
 * @param expr the expression inside
 * @param span from the opening to the closing parenthesis
 */
public record ParenExpr(Expr expr, Span span) implements Expr {
  @Override
  public ValueType type() {
    return expr.type();
  }

  @Override
  public ParenExpr withoutSpans() {
    return new ParenExpr(expr.withoutSpans(), NO_SPAN);
  }

  @Override
  public String toString() {
    return Printer.print(this);
  }
}

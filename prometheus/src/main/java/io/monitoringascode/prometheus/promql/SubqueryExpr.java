package io.monitoringascode.prometheus.promql;

import io.monitoringascode.core.finding.Span;
import java.util.Optional;

/**
 * A subquery such as {@code rate(x[5m])[1h:1m]}.
 *
 * @param expr the instant-vector expression evaluated at each step
 * @param rangeMillis the range in milliseconds
 * @param stepMillis the step in milliseconds, 0 when omitted (the global evaluation interval)
 * @param offsetMillis the {@code offset} in milliseconds, 0 for none
 * @param at the {@code @} modifier
 * @param span the subquery with its modifiers
 */
public record SubqueryExpr(Expr expr, long rangeMillis, long stepMillis, long offsetMillis, Optional<AtModifier> at,
    Span span) implements Expr {
  @Override
  public ValueType type() {
    return ValueType.MATRIX;
  }

  @Override
  public SubqueryExpr withoutSpans() {
    return new SubqueryExpr(expr.withoutSpans(), rangeMillis, stepMillis, offsetMillis, at, NO_SPAN);
  }

  @Override
  public String toString() {
    return Printer.print(this);
  }
}

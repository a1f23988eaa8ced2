package io.monitoringascode.prometheus.promql;

import io.monitoringascode.core.finding.Span;

/**
 * A number such as {@code 1.5}, {@code 0x1F} or {@code Inf}; a sign written directly before it is part of it.
 * Prometheus 3 also reads a duration such as {@code 5m} where a number is expected, as its seconds.
 *
 * @param value the number (for a duration, its seconds)
 * @param duration whether it was written as a duration, and prints as one
 * @param span where it was written
 */
public record NumberLiteral(double value, boolean duration, Span span) implements Expr {
  @Override
  public ValueType type() {
    return ValueType.SCALAR;
  }

  @Override
  public NumberLiteral withoutSpans() {
    return new NumberLiteral(value, duration, NO_SPAN);
  }

  @Override
  public String toString() {
    return Printer.print(this);
  }
}

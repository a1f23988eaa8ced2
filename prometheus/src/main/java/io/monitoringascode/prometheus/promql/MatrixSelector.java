package io.monitoringascode.prometheus.promql;

import io.monitoringascode.core.finding.Span;

/**
 * A range vector selector such as {@code http_requests_total[5m] offset 1h}; the modifiers written after the range
 * live on the inner selector, as in Prometheus.
 *
 * @param selector the instant vector selector the range applies to
 * @param rangeMillis the range in milliseconds
 * @param span the selector with its range and modifiers
 */
public record MatrixSelector(VectorSelector selector, long rangeMillis, Span span) implements Expr {
  @Override
  public ValueType type() {
    return ValueType.MATRIX;
  }

  @Override
  public MatrixSelector withoutSpans() {
    return new MatrixSelector(selector.withoutSpans(), rangeMillis, NO_SPAN);
  }

  @Override
  public String toString() {
    return Printer.print(this);
  }
}

package io.monitoringascode.prometheus.promql;

import io.monitoringascode.core.finding.Span;

/**
 * A string such as {@code "job"}, with its escapes resolved.
 *
 * @param value the string's value
 * @param span where it was written, quotes included
 */
public record StringLiteral(String value, Span span) implements Expr {
  @Override
  public ValueType type() {
    return ValueType.STRING;
  }

  @Override
  public StringLiteral withoutSpans() {
    return new StringLiteral(value, NO_SPAN);
  }

  @Override
  public String toString() {
    return Printer.print(this);
  }
}

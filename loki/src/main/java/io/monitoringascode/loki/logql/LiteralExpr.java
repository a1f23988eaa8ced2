package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;

/**
 * A number: {@code 100}, {@code -1.5}; Loki folds operations between numbers into one.
 *
 * @param value the number
 * @param span the characters it was read from
 */
public record LiteralExpr(double value, Span span) implements SampleExpr {
}

package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;

/**
 * The {@code vector(1)} function: a sample without labels.
 *
 * @param value the number
 * @param span the characters of the call
 */
public record VectorExpr(double value, Span span) implements SampleExpr {
}

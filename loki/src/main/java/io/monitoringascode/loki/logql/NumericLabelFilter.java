package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;

/**
 * A label filter comparing a label as a number: {@code status >= 500}.
 *
 * @param name the label
 * @param type the comparison
 * @param value the number
 * @param span the characters of the filter
 */
public record NumericLabelFilter(String name, ComparisonType type, double value, Span span) implements LabelFilter {
}

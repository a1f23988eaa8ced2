package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;

/**
 * A label filter comparing a label as a byte size: {@code size > 20MB}.
 *
 * @param name the label
 * @param type the comparison
 * @param bytes the size in bytes
 * @param span the characters of the filter
 */
public record BytesLabelFilter(String name, ComparisonType type, long bytes, Span span) implements LabelFilter {
}

package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;

/**
 * Two label filters joined by {@code and} (also written {@code ,} or by juxtaposition) or {@code or}.
 *
 * @param left the left filter
 * @param right the right filter
 * @param and true for {@code and}, false for {@code or}
 * @param span the characters of both filters
 */
public record BinaryLabelFilter(LabelFilter left, LabelFilter right, boolean and, Span span) implements LabelFilter {
}

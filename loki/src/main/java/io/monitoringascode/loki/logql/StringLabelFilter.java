package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;

/**
 * A label filter comparing a label as a string: {@code level="error"}, {@code path=~"/api/.*"}.
 *
 * @param matcher the matcher
 * @param span the characters of the filter
 */
public record StringLabelFilter(Matcher matcher, Span span) implements LabelFilter {
}

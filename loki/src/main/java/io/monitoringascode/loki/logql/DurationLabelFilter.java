package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;
import java.time.Duration;

/**
 * A label filter comparing a label as a duration: {@code latency > 250ms}.
 *
 * @param name the label
 * @param type the comparison
 * @param value the duration
 * @param span the characters of the filter
 */
public record DurationLabelFilter(String name, ComparisonType type, Duration value, Span span) implements LabelFilter {
}

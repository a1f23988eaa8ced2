package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;

/**
 * A label filter stage: {@code | status >= 500 and method="GET"}.
 *
 * @param filter the filter
 * @param span the characters from {@code |} to the end of the filter
 */
public record LabelFilterExpr(LabelFilter filter, Span span) implements StageExpr {
}

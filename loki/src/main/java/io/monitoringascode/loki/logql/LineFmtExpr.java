package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;

/**
 * The {@code | line_format "{{.status}} {{.msg}}"} stage, which rewrites the line with a Go template.
 *
 * @param template the template, unquoted
 * @param span the characters from {@code |} to the end of the template
 */
public record LineFmtExpr(String template, Span span) implements StageExpr {
}

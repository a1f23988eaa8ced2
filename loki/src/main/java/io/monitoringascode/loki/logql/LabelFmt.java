package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;

/**
 * One assignment of {@code label_format}: a rename ({@code dst=src}) or a template ({@code dst="{{.src}}"}).
 *
 * @param name the label to set
 * @param value the label to rename, or the template, unquoted
 * @param rename whether the value is a label name rather than a template
 * @param span the characters of the assignment
 */
public record LabelFmt(String name, String value, boolean rename, Span span) {
}

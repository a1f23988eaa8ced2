package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;

/**
 * One parameter of {@code json} or {@code logfmt}: the label to create and the expression that finds its value; {@code
 * method} alone stands for {@code method="method"}.
 *
 * @param label the label name
 * @param expression the JSON path or logfmt key, unquoted
 * @param span the characters of the parameter
 */
public record LabelExtraction(String label, String expression, Span span) {
}

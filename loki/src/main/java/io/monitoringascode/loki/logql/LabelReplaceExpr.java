package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;

/**
 * The {@code label_replace(expr, "dst", "$1", "src", "(.*)")} function.
 *
 * @param inner the expression whose labels change
 * @param destination the label to set
 * @param replacement the new value, with {@code $1} references
 * @param source the label matched
 * @param regex the regular expression, anchored at both ends
 * @param span the characters of the call
 */
public record LabelReplaceExpr(SampleExpr inner, String destination, String replacement, String source, String regex,
    Span span) implements SampleExpr {
}

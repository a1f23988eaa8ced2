package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;

/**
 * A label filter matching a label against IP addresses: {@code addr = ip("10.0.0.0/8")}.
 *
 * @param name the label
 * @param negated {@code !=} rather than {@code =}
 * @param pattern the address, range or CIDR, unquoted
 * @param span the characters of the filter
 */
public record IpLabelFilter(String name, boolean negated, String pattern, Span span) implements LabelFilter {
}

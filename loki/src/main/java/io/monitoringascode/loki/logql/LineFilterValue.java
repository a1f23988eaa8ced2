package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;

/**
 * One value of a line filter: a string, or an {@code ip("...")} pattern.
 *
 * @param match the text, regular expression, pattern or IP range, unquoted
 * @param ip whether it is written {@code ip("...")}
 * @param span the characters of the value
 */
public record LineFilterValue(String match, boolean ip, Span span) {
}

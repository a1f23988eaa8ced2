package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;

/**
 * One LogQL token: its kind, where it stands in the query, and its value where it has one.
 *
 * @param kind the kind
 * @param start offset of its first character
 * @param end offset after its last character
 * @param text the value: a string literal unquoted, an identifier or a number as written, a duration's or a range's
 *     text; the characters as written for other kinds
 */
record Token(TokenKind kind, int start, int end, String text) {
  Span span() {
    return new Span(start, end);
  }
}

package io.monitoringascode.prometheus.promql;

import io.monitoringascode.core.lang.GoStrings;

/**
 * One token of a PromQL expression.
 *
 * @param kind what it is
 * @param start offset of its first character
 * @param end offset after its last character
 * @param text its text as written, or the message of an {@link TokenKind#ERROR} token
 */
record Token(TokenKind kind, int start, int end, String text) {
  /** The token as Prometheus names it in "unexpected …" messages ({@code Item.desc()} in {@code lex.go}). */
  String describe() {
    switch (kind) {
      case EOF:
        return "end of input";
      case IDENTIFIER:
        return "identifier " + GoStrings.quote(text);
      case METRIC_IDENTIFIER:
        return "metric identifier " + GoStrings.quote(text);
      case NUMBER:
        return "number " + GoStrings.quote(text);
      case DURATION:
        return "duration " + GoStrings.quote(text);
      case STRING:
        return "string " + GoStrings.quote(text);
      default:
        switch (kind.category) {
          case KEYWORD:
            return "<" + text + ">";
          case OPERATOR:
            return "<op:" + text + ">";
          case AGGREGATOR:
            return "<aggr:" + text + ">";
          default:
            return GoStrings.quote(text);
        }
    }
  }
}

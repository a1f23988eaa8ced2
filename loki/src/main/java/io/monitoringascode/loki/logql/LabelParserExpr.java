package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;

/**
 * A parser stage without parameters or with one string: {@code | json}, {@code | unpack}, {@code | regexp
 * "(?P<status>\\d+)"}, {@code | pattern "<ip> - <_>"}.
 *
 * @param parser which parser
 * @param param the regular expression or pattern, unquoted; empty for {@code json} and {@code unpack}
 * @param span the characters from {@code |} to the end of the stage
 */
public record LabelParserExpr(ParserType parser, String param, Span span) implements StageExpr {
}

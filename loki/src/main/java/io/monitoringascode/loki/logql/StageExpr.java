package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Span;

/** One stage of a log pipeline: a line filter, a parser, a label filter, a formatter, {@code drop} or {@code keep}. */
public sealed interface StageExpr permits LineFilterExpr, LabelParserExpr, LogfmtParserExpr, JsonExpressionParser,
    LogfmtExpressionParser, LabelFilterExpr, LineFmtExpr, LabelFmtExpr, DecolorizeExpr, DropLabelsExpr,
    KeepLabelsExpr {
  /**
   * The characters of the query this stage was read from.
   *
   * @return the span
   */
  Span span();
}

package io.monitoringascode.loki.logql;

import java.util.List;

/** A log query: a stream selector, alone ({@link MatchersExpr}) or with a pipeline ({@link PipelineExpr}). */
public sealed interface LogSelectorExpr extends Expr permits MatchersExpr, PipelineExpr {
  /**
   * The stream selector's matchers.
   *
   * @return the matchers between the braces
   */
  List<Matcher> matchers();

  @Override
  default ExprType type() {
    return ExprType.LOG;
  }
}

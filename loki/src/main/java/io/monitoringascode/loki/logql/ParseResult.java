package io.monitoringascode.loki.logql;

import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.lang.QueryProblem;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of parsing a LogQL query: the tree when the query could be read, and every problem found, with the
 * characters it is about.
 *
 * @param expr the tree; empty when the query has a syntax error or a part Loki cannot build (a log query as an
 *     operand of a binary operation, a number beside {@code and})
 * @param problems the problems, in the order of the query; errors are what Loki refuses
 */
public record ParseResult(Optional<Expr> expr, List<QueryProblem> problems) {
  /** Copies the list. */
  public ParseResult {
    problems = List.copyOf(problems);
  }

  /**
   * Whether Loki would accept the query.
   *
   * @return true when no problem is an error
   */
  public boolean valid() {
    for (QueryProblem problem : problems) {
      if (problem.severity() == Severity.ERROR) {
        return false;
      }
    }
    return expr.isPresent();
  }
}

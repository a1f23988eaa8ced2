package io.monitoringascode.prometheus.promql;

import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.lang.QueryProblem;
import java.util.List;
import java.util.Optional;

/**
 * What parsing one PromQL expression gave: the tree when the text is PromQL, and every problem found.
 *
 * @param expr the tree; empty after a syntax error
 * @param problems the first syntax error (the one Prometheus reports), or else every type error and warning
 */
public record ParseResult(Optional<Expr> expr, List<QueryProblem> problems) {
  /** Copies the problems. */
  public ParseResult {
    problems = List.copyOf(problems);
  }

  /**
   * Whether Prometheus accepts the expression: there is no error (warnings allowed).
   *
   * @return true without errors
   */
  public boolean valid() {
    for (QueryProblem problem : problems) {
      if (problem.severity() == Severity.ERROR) {
        return false;
      }
    }
    return true;
  }
}

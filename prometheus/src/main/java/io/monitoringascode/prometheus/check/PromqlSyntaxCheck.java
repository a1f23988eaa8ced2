package io.monitoringascode.prometheus.check;

import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.lang.QueryProblem;

/**
 * {@code promql/syntax}: a rule's expression must be PromQL that Prometheus 3.5 accepts. Every {@code expr} goes
 * through the PromQL parser and type checker; each error becomes a finding at the expression, with the span Prometheus
 * points at, its message, and a fix where one is likely (a misspelt function, a missing range, a missing
 * parenthesis).
 */
final class PromqlSyntaxCheck extends RuleCheck {
  private static final RuleInfo INFO = RuleInfo.of("promql/syntax", Severity.ERROR,
      "Rule expressions must be PromQL.");
  /** Prometheus' message for an expression that is empty or only a comment. */
  private static final String NO_EXPRESSION = "no expression found in input";
  private static final String CONSEQUENCE = "so Prometheus refuses the rule file and none of its rules are loaded";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  RuleWalk start(FindingSink sink) {
    return (site, expression) -> {
      // A missing expr is the schema's to report; an empty one passes the schema.
      if (site.rule().getExpr() != null) {
        check(expression, site, sink);
      }
    };
  }

  private static void check(ParsedExpression expression, RuleSite site, FindingSink sink) {
    for (QueryProblem problem : expression.result().problems()) {
      if (problem.severity() != Severity.ERROR) {
        continue;
      }
      String expr = expression.text();
      String pointer = site.pointer("expr");
      if (problem.message().equals(NO_EXPRESSION)) {
        sink.at(pointer).error("Expression is empty, " + CONSEQUENCE + ".")
            .hint("Write a PromQL expression, such as `up == 0`.");
        return;
      }
      FindingSink.Draft draft = sink.at(pointer, problem.span())
          .error("PromQL error at " + problem.position(expr) + ": " + problem.message() + ", " + CONSEQUENCE + ".");
      problem.hint().ifPresent(draft::hint);
    }
  }
}

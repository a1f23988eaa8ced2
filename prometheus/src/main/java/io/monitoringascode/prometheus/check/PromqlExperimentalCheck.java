package io.monitoringascode.prometheus.check;

import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.lang.QueryProblem;

/**
 * {@code promql/experimental}: a rule's expression uses a function or aggregation that Prometheus 3.5 runs only when
 * started with {@code --enable-feature=promql-experimental-functions} ({@code limitk}, {@code mad_over_time},
 * {@code sort_by_label}…). Expressions that do not parse are left to {@code promql/syntax}.
 */
final class PromqlExperimentalCheck extends RuleCheck {
  private static final RuleInfo INFO = RuleInfo.of("promql/experimental", Severity.WARNING,
      "Rule expressions should not need experimental PromQL functions.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  RuleWalk start(FindingSink sink) {
    return (site, expression) -> {
      String expr = expression.text();
      for (QueryProblem problem : expression.result().problems()) {
        if (problem.severity() == Severity.WARNING) {
          FindingSink.Draft draft = sink.at(site.pointer("expr"), problem.span()).report("PromQL at "
              + problem.position(expr) + ": " + problem.message() + ", so Prometheus refuses the rule file unless"
              + " the feature is enabled.");
          problem.hint().ifPresent(draft::hint);
        }
      }
    };
  }
}

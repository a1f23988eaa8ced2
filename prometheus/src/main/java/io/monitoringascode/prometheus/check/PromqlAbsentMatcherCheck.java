package io.monitoringascode.prometheus.check;

import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.prometheus.labels.LabelFlow;
import io.monitoringascode.prometheus.promql.Call;
import io.monitoringascode.prometheus.promql.Expr;
import io.monitoringascode.prometheus.promql.LabelMatcher;
import io.monitoringascode.prometheus.promql.MatrixSelector;
import io.monitoringascode.prometheus.promql.VectorSelector;

/**
 * {@code promql/absent-matcher}: {@code absent()} or {@code absent_over_time()} over a selector whose regex matcher
 * can match only one value, such as {@code job=~"api"}. {@code absent()} returns the labels of equality matchers only,
 * so the alert loses the label that {@code job="api"} would have given it, with nothing gained. Other regexes and the
 * negative matchers are left alone: {@code absent(x{pod=~".+-connect-.+"})} means "every one of them is gone", which
 * is what real rules (Strimzi's) want, and {@code job=~"prometheus|prometheus-k8s"} names one job under the names of
 * two installs. A template that prints the lost label is {@code rule/template-label}'s to report.
 */
final class PromqlAbsentMatcherCheck extends RuleCheck {
  private static final RuleInfo INFO = RuleInfo.of("promql/absent-matcher", Severity.WARNING,
      "`absent()` should match a single value with `=`, which keeps the label in its result.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  RuleWalk start(FindingSink sink) {
    return (site, expression) -> {
      if (!expression.text().contains("absent")) {
        return;
      }
      for (Call call : expression.calls()) {
        if (call.function().name().startsWith("absent") && !call.args().isEmpty()) {
          Expr arg = Subexpressions.unwrap(call.args().get(0));
          if (arg instanceof MatrixSelector matrix) {
            check(sink, site, call, matrix.selector());
          } else if (arg instanceof VectorSelector selector) {
            check(sink, site, call, selector);
          }
        }
      }
    };
  }

  private static void check(FindingSink sink, RuleSite site, Call call, VectorSelector selector) {
    for (LabelMatcher matcher : selector.matchers()) {
      if (matcher.op() != LabelMatcher.Op.REGEX || matcher.name().equals(LabelFlow.METRIC_NAME)
          || !isLiteral(matcher.value())) {
        continue;
      }
      String function = call.function().name();
      String label = matcher.name();
      sink.at(site.pointer("expr"), matcher.span())
          .warning("`" + label + "=~\"" + matcher.value() + "\"` matches only the value `" + matcher.value()
              + "`, but `" + function + "()` returns no label for a regex matcher, so the alert carries no `" + label
              + "` label.")
          .hint("Write `" + label + "=\"" + matcher.value() + "\"`: `" + function + "()` then returns `" + label
              + "=\"" + matcher.value() + "\"`.");
    }
  }

  /** Whether a regex is a non-empty plain literal, which matches exactly itself. */
  private static boolean isLiteral(String regex) {
    if (regex.isEmpty()) {
      return false;
    }
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '/' || c == ':' || c == '@' || c == ' ')) {
        return false;
      }
    }
    return true;
  }
}

package io.monitoringascode.prometheus.check;

import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.prometheus.promql.Expr;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code rule/duplicate-alert}: two alerting rules of one group with the same name and the same labels but different
 * expressions. Rules in different groups are not compared: a rules file often holds one group per service, each with
 * the same alerts over its own selectors. The same name with different labels is the mixin pattern of tiers (a
 * {@code warning} at 80% and a {@code critical} page at 95%, or kube-prometheus' burn-rate windows told apart by
 * {@code long} and {@code short}) and is left alone; with the same labels, the two conditions are one alert to
 * Alertmanager and to whoever reads it. Advice only: splitting one alert over disjoint conditions can be deliberate.
 */
final class RuleDuplicateAlertCheck extends RuleCheck {
  private static final RuleInfo INFO = RuleInfo.of("rule/duplicate-alert", Severity.INFO,
      "An alert name should mean one condition per set of labels.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  RuleWalk start(FindingSink sink) {
    Map<Key, Alert> first = new HashMap<>();
    return (site, expression) -> {
      if (!site.isAlerting() || site.rule().getExpr() == null) {
        return;
      }
      Map<String, String> labels = site.rule().getLabels() == null ? Map.of() : site.rule().getLabels();
      // Map.equals ignores the order of entries, as the comparison of labels must.
      Alert earlier = first.putIfAbsent(new Key(site.groupIndex(), site.rule().getAlert(), labels),
          new Alert(site, expression));
      if (earlier != null && !sameExpression(earlier.expression(), expression)) {
        report(sink, earlier.site(), site);
      }
    };
  }

  private static void report(FindingSink sink, RuleSite earlier, RuleSite site) {
    sink.at(site.pointer("alert"))
        .info("Alert `" + site.rule().getAlert() + "` is also defined at rule " + earlier.ruleIndex()
            + " of this group with the same labels but another expression, so two conditions fire under one name.")
        .hint("Join the two conditions with `or` in one rule, give them different names, or tell the tiers apart"
            + " with different labels, such as `severity`.");
  }

  /** An alert of one group by name and labels. */
  private record Key(int groupIndex, String alert, Map<String, String> labels) {}

  /** The first alerting rule of a name and labels, with its expression. */
  private record Alert(RuleSite site, ParsedExpression expression) {}

  private static boolean sameExpression(ParsedExpression earlier, ParsedExpression expression) {
    if (earlier.text().strip().equals(expression.text().strip())) {
      return true;
    }
    Optional<Expr> a = earlier.tree();
    Optional<Expr> b = expression.tree();
    // An expression that does not parse is left to promql/syntax.
    return a.isEmpty() || b.isEmpty()
        || Subexpressions.unwrap(a.get()).withoutSpans().equals(Subexpressions.unwrap(b.get()).withoutSpans());
  }
}

package io.monitoringascode.prometheus.check;

import io.fabric8.openshift.api.model.monitoring.v1.RuleGroup;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    return new RuleWalk() {
      /** The alerting rules of the current group by name, the first of each set of labels. */
      private final Map<String, List<Alert>> byName = new HashMap<>();

      @Override
      public void group(int groupIndex, RuleGroup group) {
        byName.clear();
      }

      @Override
      public void rule(RuleSite site, ParsedExpression expression) {
        if (!site.isAlerting() || site.rule().getExpr() == null) {
          return;
        }
        Map<String, String> labels = site.rule().getLabels() == null ? Map.of() : site.rule().getLabels();
        List<Alert> named = byName.computeIfAbsent(site.rule().getAlert(), name -> new ArrayList<>(2));
        for (Alert earlier : named) {
          // Map.equals ignores the order of entries, as the comparison of labels must.
          if (earlier.labels().equals(labels)) {
            if (!sameExpression(earlier.expression(), expression)) {
              report(sink, earlier.site(), site);
            }
            return;
          }
        }
        named.add(new Alert(site, labels, expression));
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

  /** The first alerting rule of a group with a name and labels, with its expression. */
  private record Alert(RuleSite site, Map<String, String> labels, ParsedExpression expression) {}

  private static boolean sameExpression(ParsedExpression earlier, ParsedExpression expression) {
    if (earlier.text().strip().equals(expression.text().strip())) {
      return true;
    }
    // An expression that does not parse is left to promql/syntax.
    return earlier.tree().isEmpty() || expression.tree().isEmpty() || earlier.sameTree(expression);
  }
}

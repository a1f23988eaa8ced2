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
 * {@code rule/duplicate-expr}: two alerting rules of one group with the same expression under different names, which
 * fire together for the same series: usually one was copied and its expression never changed, as the tutorial's
 * {@code TargetDown} repeats {@code TargetMissing}'s {@code absent(...)}. Expressions are compared as parsed, so
 * spacing, outer parentheses and the order of matchers do not matter. Rules with the same name are severity tiers and
 * left alone, and so are recording rules, which may record one expression under a new name on purpose while dashboards
 * migrate.
 */
final class RuleDuplicateExprCheck extends RuleCheck {
  private static final RuleInfo INFO = RuleInfo.of("rule/duplicate-expr", Severity.WARNING,
      "Alerting rules of one group should not repeat another rule's expression under a different name.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  RuleWalk start(FindingSink sink) {
    return new RuleWalk() {
      /**
       * The alerting rules of the current group by a signature of their text that spacing, parentheses and the order
       * of matchers do not change; only rules with one signature have their trees compared.
       */
      private final Map<Long, List<Alert>> bySignature = new HashMap<>();

      @Override
      public void group(int groupIndex, RuleGroup group) {
        bySignature.clear();
      }

      @Override
      public void rule(RuleSite site, ParsedExpression expression) {
        if (!site.isAlerting() || site.rule().getExpr() == null) {
          return;
        }
        List<Alert> same = bySignature.computeIfAbsent(signature(expression.text()), key -> new ArrayList<>(2));
        for (Alert earlier : same) {
          if (sameTree(earlier.expression(), expression)) {
            if (!earlier.site().rule().getAlert().equals(site.rule().getAlert())) {
              report(sink, earlier.site(), site);
            }
            break;
          }
        }
        same.add(new Alert(site, expression));
      }
    };
  }

  /** An alerting rule seen so far, with its expression. */
  private record Alert(RuleSite site, ParsedExpression expression) {}

  private static void report(FindingSink sink, RuleSite earlier, RuleSite site) {
    String name = site.rule().getAlert();
    String other = earlier.rule().getAlert();
    sink.at(site.pointer("expr"))
        .warning("Alert `" + name + "` has the same expression as `" + other + "` (rule " + earlier.ruleIndex()
            + " of this group), so the two always fire together for the same series.")
        .hint("Give `" + name + "` the expression its name describes, or remove it and keep `" + other + "`.");
  }

  /**
   * The sum of a hash of each character outside spaces, control characters and parentheses: the same for any order
   * of matchers.
   */
  private static long signature(String expr) {
    long sum = 0;
    for (int i = 0; i < expr.length(); i++) {
      char c = expr.charAt(i);
      if (c > ' ' && c != '(' && c != ')') {
        long h = (c + 1L) * 0x9E3779B97F4A7C15L;
        sum += h ^ (h >>> 29);
      }
    }
    return sum;
  }

  private static boolean sameTree(ParsedExpression earlier, ParsedExpression expression) {
    if (earlier.text().equals(expression.text())) {
      return expression.result().valid();
    }
    return earlier.sameTree(expression);
  }
}

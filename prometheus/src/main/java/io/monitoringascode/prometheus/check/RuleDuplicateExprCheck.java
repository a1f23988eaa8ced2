package io.monitoringascode.prometheus.check;

import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.prometheus.promql.Expr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code rule/duplicate-expr}: two alerting rules of one group with the same expression under different names, which
 * fire together for the same series: usually one was copied and its expression never changed, as the tutorial's
 * {@code TargetDown} repeats {@code TargetMissing}'s {@code absent(...)}. Expressions are compared as parsed, so
 * spacing, outer parentheses and the order of matchers do not matter. Rules with the same name are severity tiers and
 * left alone, and so are recording rules, which may record one expression under a new name on purpose while dashboards
 * migrate.
 */
final class RuleDuplicateExprCheck implements Check<PrometheusRule> {
  private static final RuleInfo INFO = RuleInfo.of("rule/duplicate-expr", Severity.WARNING,
      "Alerting rules of one group should not repeat another rule's expression under a different name.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PrometheusRule subject, CheckContext context, FindingSink sink) {
    // Rules are bucketed by a signature of their text that spacing, parentheses and the order of matchers do not
    // change; only rules in one bucket have their trees compared.
    ParsedExpressions rules = ParsedExpressions.of(subject);
    Map<Bucket, List<RuleSite>> buckets = new HashMap<>();
    for (RuleSite site : rules.sites()) {
      if (!site.isAlerting() || site.rule().getExpr() == null) {
        continue;
      }
      List<RuleSite> bucket = buckets.computeIfAbsent(new Bucket(site.groupIndex(), signature(site.expr())),
          key -> new ArrayList<>(2));
      for (RuleSite earlier : bucket) {
        if (sameTree(rules, earlier, site)) {
          if (!earlier.rule().getAlert().equals(site.rule().getAlert())) {
            report(sink, earlier, site);
          }
          break;
        }
      }
      bucket.add(site);
    }
  }

  /** The rules of one group whose expressions have one signature. */
  private record Bucket(int groupIndex, long signature) {}

  private static void report(FindingSink sink, RuleSite earlier, RuleSite site) {
    String name = site.rule().getAlert();
    String other = earlier.rule().getAlert();
    sink.at(site.pointer("expr"))
        .warning("Alert `" + name + "` has the same expression as `" + other + "` (rule " + earlier.ruleIndex()
            + " of this group), so the two always fire together for the same series.")
        .hint("Give `" + name + "` the expression its name describes, or remove it and keep `" + other + "`.");
  }

  /** The sum of a hash of each character outside spaces and parentheses: the same for any order of matchers. */
  private static long signature(String expr) {
    long sum = 0;
    for (int i = 0; i < expr.length(); i++) {
      char c = expr.charAt(i);
      if (!Character.isWhitespace(c) && c != '(' && c != ')') {
        long h = (c + 1L) * 0x9E3779B97F4A7C15L;
        sum += h ^ (h >>> 29);
      }
    }
    return sum;
  }

  private static boolean sameTree(ParsedExpressions rules, RuleSite earlier, RuleSite site) {
    if (earlier.expr().equals(site.expr())) {
      return rules.of(site).result().valid();
    }
    Optional<Expr> a = rules.of(earlier).tree();
    Optional<Expr> b = rules.of(site).tree();
    return a.isPresent() && b.isPresent()
        && Subexpressions.unwrap(a.get()).withoutSpans().equals(Subexpressions.unwrap(b.get()).withoutSpans());
  }
}

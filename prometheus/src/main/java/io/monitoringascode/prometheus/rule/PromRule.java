package io.monitoringascode.prometheus.rule;

import io.fabric8.openshift.api.model.monitoring.v1.Rule;
import java.util.Map;

/**
 * A rule of a {@link PromRuleGroup}: an {@link AlertRule} or a {@link RecordRule}. Renders to an item of
 * {@code spec.groups[].rules} (fabric8 {@link Rule}).
 */
public sealed interface PromRule permits AlertRule, RecordRule {
  /**
   * The expression of a fabric8 rule as Prometheus reads it. fabric8 types {@code expr} as int-or-string, so a number
   * written without quotes ({@code expr: 1}) arrives as an integer; it reads as its decimal text.
   *
   * @param rule the fabric8 rule
   * @return the expression; empty if {@code expr} is absent
   */
  static String exprOf(Rule rule) {
    if (rule.getExpr() == null) {
      return "";
    }
    return rule.getExpr().getIntVal() != null ? rule.getExpr().getIntVal().toString()
        : rule.getExpr().getStrVal() == null ? "" : rule.getExpr().getStrVal();
  }

  /**
   * The PromQL expression. Renders to {@code expr}.
   *
   * @return the expression
   */
  String expr();

  /**
   * Labels added to the rule's output. Renders to {@code labels}; empty by default.
   *
   * @return label name to value
   */
  Map<String, String> labels();
}

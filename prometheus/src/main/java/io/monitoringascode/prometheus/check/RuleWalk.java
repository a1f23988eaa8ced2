package io.monitoringascode.prometheus.check;

import io.fabric8.openshift.api.model.monitoring.v1.RuleGroup;

/**
 * One {@link RuleCheck}'s walk over the groups and rules of one PrometheusRule, in document order. {@link RuleWalks}
 * feeds every check's walk the same rule before it moves to the next, so the rule and its tree are read while they
 * are in the processor's caches. A walk keeps what it needs across rules, such as the names seen so far, and reports
 * into the sink it was started with.
 */
@FunctionalInterface
interface RuleWalk {
  /**
   * Visits a group before its rules. Groups that are null entries are skipped; a group without rules is visited.
   *
   * @param groupIndex the group's index in {@code spec.groups}
   * @param group the group
   */
  default void group(int groupIndex, RuleGroup group) {}

  /**
   * Visits a rule.
   *
   * @param site the rule and its place
   * @param expression its expression, parsed; a rule without {@code expr} gets an empty one, which has no tree (only
   *     a check that must tell a missing {@code expr} from an empty one reads {@code site.rule().getExpr()})
   */
  void rule(RuleSite site, ParsedExpression expression);
}

package io.monitoringascode.prometheus.check;

import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.Rule;
import io.fabric8.openshift.api.model.monitoring.v1.RuleGroup;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.prometheus.rule.PromRule;
import java.util.List;

/**
 * One rule of a PrometheusRule with its place: the group and rule indices and the JSON pointer of the rule.
 *
 * @param groupIndex the group's index in {@code spec.groups}
 * @param group the group
 * @param ruleIndex the rule's index in the group's {@code rules}
 * @param rule the rule
 */
record RuleSite(int groupIndex, RuleGroup group, int ruleIndex, Rule rule) {
  /** Every group of a PrometheusRule, skipping null entries a malformed document may hold. */
  static List<RuleGroup> groups(PrometheusRule prometheusRule) {
    if (prometheusRule.getSpec() == null || prometheusRule.getSpec().getGroups() == null) {
      return List.of();
    }
    return prometheusRule.getSpec().getGroups();
  }

  /** The pointer of a group key, such as {@code /spec/groups/0/interval}. */
  static String groupPointer(int groupIndex, Object... tokens) {
    return JsonPointers.child(JsonPointers.of("spec", "groups", groupIndex), tokens);
  }

  /** The pointer of a key of this rule, such as {@code /spec/groups/0/rules/3/for}. */
  String pointer(Object... tokens) {
    return JsonPointers.child(JsonPointers.of("spec", "groups", groupIndex, "rules", ruleIndex), tokens);
  }

  /** Whether this is an alerting rule: {@code alert} is set and not empty, as Prometheus tells them apart. */
  boolean isAlerting() {
    return rule.getAlert() != null && !rule.getAlert().isEmpty();
  }

  /** Whether this is a recording rule. */
  boolean isRecording() {
    return rule.getRecord() != null && !rule.getRecord().isEmpty();
  }

  /** The rule's expression as text, empty if it has none; a number written without quotes is its decimal text. */
  String expr() {
    return PromRule.exprOf(rule);
  }
}

package io.monitoringascode.prometheus.check;

import io.fabric8.openshift.api.model.monitoring.v1.RuleGroup;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code rule/duplicate-group}: group names must be unique within one PrometheusRule. The CRD declares
 * {@code spec.groups} a list map keyed by {@code name}, so the API server rejects a repeated name, and Prometheus
 * refuses a rule file that repeats one ("groupname ... is repeated in the same file").
 */
final class RuleDuplicateGroupCheck extends RuleCheck {
  private static final RuleInfo INFO = RuleInfo.of("rule/duplicate-group", Severity.ERROR,
      "Group names must be unique within a PrometheusRule.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  RuleWalk start(FindingSink sink) {
    Map<String, Integer> first = new HashMap<>();
    return new RuleWalk() {
      @Override
      public void group(int groupIndex, RuleGroup group) {
        String name = group.getName();
        Integer earlier = name == null ? null : first.putIfAbsent(name, groupIndex);
        if (earlier != null) {
          sink.at(RuleSite.groupPointer(groupIndex, "name"))
              .error("Group name `" + name + "` is already used by group " + earlier
                  + ", so this PrometheusRule is rejected and none of its rules are loaded.")
              .hint("Rename one of the two groups, or merge their rules into one group.");
        }
      }

      @Override
      public void rule(RuleSite site, ParsedExpression expression) {}
    };
  }
}

package io.monitoringascode.prometheus.check;

import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.RuleGroup;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code rule/duplicate-group}: group names must be unique within one PrometheusRule. The CRD declares
 * {@code spec.groups} a list map keyed by {@code name}, so the API server rejects a repeated name, and Prometheus
 * refuses a rule file that repeats one ("groupname ... is repeated in the same file").
 */
final class RuleDuplicateGroupCheck implements Check<PrometheusRule> {
  private static final RuleInfo INFO = RuleInfo.of("rule/duplicate-group", Severity.ERROR,
      "Group names must be unique within a PrometheusRule.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(PrometheusRule subject, CheckContext context, FindingSink sink) {
    List<RuleGroup> groups = RuleSite.groups(subject);
    Map<String, Integer> first = new HashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      if (groups.get(g) == null || groups.get(g).getName() == null) {
        continue;
      }
      String name = groups.get(g).getName();
      Integer earlier = first.putIfAbsent(name, g);
      if (earlier != null) {
        sink.at(RuleSite.groupPointer(g, "name"))
            .error("Group name `" + name + "` is already used by group " + earlier
                + ", so this PrometheusRule is rejected and none of its rules are loaded.")
            .hint("Rename one of the two groups, or merge their rules into one group.");
      }
    }
  }
}

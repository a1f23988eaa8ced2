package io.monitoringascode.alerting.check;

import io.fabric8.openshift.api.model.monitoring.v1alpha1.AlertmanagerConfig;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.finding.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code alerting/group-by}: a route's {@code groupBy} lists each label once, and {@code ...} (group by every label)
 * only on its own. The operator rejects the whole AlertmanagerConfig otherwise ("duplicate values not permitted",
 * "'...' must be a sole value").
 */
final class AlertingGroupByCheck implements Check<AlertmanagerConfig> {
  private static final RuleInfo INFO = RuleInfo.of("alerting/group-by", Severity.ERROR,
      "A route's groupBy lists each label once, and `...` only on its own.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AlertmanagerConfig subject, CheckContext context, FindingSink sink) {
    for (RouteTree.Node node : RouteTree.of(subject)) {
      List<String> labels = node.route().getGroupBy();
      if (labels == null) {
        continue;
      }
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < labels.size(); i++) {
        String label = labels.get(i);
        String pointer = JsonPointers.child(node.pointer(), "groupBy", i);
        if (label != null && !seen.add(label)) {
          sink.at(pointer)
              .error("Label `" + label + "` appears twice in `groupBy`, so the operator rejects this"
                  + " AlertmanagerConfig and none of its routes take effect.")
              .hint("Remove this `" + label + "`.");
        } else if ("...".equals(label) && labels.size() > 1) {
          sink.at(pointer)
              .error("Label `...` groups by every label and must stand alone in `groupBy`, so the operator rejects"
                  + " this AlertmanagerConfig and none of its routes take effect.")
              .hint("Write `groupBy: ['...']`, or list the labels without `...`.");
        }
      }
    }
  }
}

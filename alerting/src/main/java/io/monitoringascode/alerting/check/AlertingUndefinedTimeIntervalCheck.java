package io.monitoringascode.alerting.check;

import io.fabric8.openshift.api.model.monitoring.v1alpha1.AlertmanagerConfig;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.MuteTimeInterval;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.finding.Severity;
import java.util.List;

/**
 * {@code alerting/undefined-time-interval}: every name in a route's {@code muteTimeIntervals} and
 * {@code activeTimeIntervals} is defined in {@code spec.muteTimeIntervals} of the same AlertmanagerConfig (the v1alpha1
 * CRD's field; Alertmanager calls them {@code time_intervals}). The operator prefixes the names with the object's
 * namespace and name, so intervals of the global configuration are out of reach, and it rejects the whole
 * AlertmanagerConfig on an unknown name ("mute time interval %q not found").
 */
final class AlertingUndefinedTimeIntervalCheck implements Check<AlertmanagerConfig> {
  private static final RuleInfo INFO = RuleInfo.of("alerting/undefined-time-interval", Severity.ERROR,
      "Every time interval a route names is defined in spec.muteTimeIntervals.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AlertmanagerConfig subject, CheckContext context, FindingSink sink) {
    DefinedNames intervals = new DefinedNames("time interval", "spec.muteTimeIntervals",
        subject.getSpec() == null ? null : subject.getSpec().getMuteTimeIntervals(), MuteTimeInterval::getName);
    for (RouteTree.Node node : RouteTree.of(subject)) {
      checkNames(node.pointer(), "muteTimeIntervals", node.route().getMuteTimeIntervals(), intervals, sink);
      checkNames(node.pointer(), "activeTimeIntervals", node.route().getActiveTimeIntervals(), intervals, sink);
    }
  }

  private static void checkNames(String routePointer, String key, List<String> names, DefinedNames intervals,
      FindingSink sink) {
    if (names == null) {
      return;
    }
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (name != null) {
        intervals.requireDefined(sink, JsonPointers.child(routePointer, key, i), name,
            "an interval named `" + name + "`", "`{name: " + name + ", timeIntervals: [...]}`");
      }
    }
  }
}

package io.monitoringascode.alerting.check;

import io.fabric8.openshift.api.model.monitoring.v1alpha1.AlertmanagerConfig;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.MuteTimeInterval;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.lang.ClosestNames;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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
    Set<String> defined = new TreeSet<>();
    if (subject.getSpec() != null && subject.getSpec().getMuteTimeIntervals() != null) {
      for (MuteTimeInterval interval : subject.getSpec().getMuteTimeIntervals()) {
        if (interval != null && interval.getName() != null) {
          defined.add(interval.getName());
        }
      }
    }
    for (RouteTree.Node node : RouteTree.of(subject)) {
      checkNames(node.pointer(), "muteTimeIntervals", node.route().getMuteTimeIntervals(), defined, sink);
      checkNames(node.pointer(), "activeTimeIntervals", node.route().getActiveTimeIntervals(), defined, sink);
    }
  }

  private static void checkNames(String routePointer, String key, List<String> names, Set<String> defined,
      FindingSink sink) {
    if (names == null) {
      return;
    }
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (name == null || defined.contains(name)) {
        continue;
      }
      Optional<String> nearest = ClosestNames.closest(name, defined);
      sink.at(JsonPointers.child(routePointer, key, i))
          .error("Time interval `" + name + "` is not defined in `spec.muteTimeIntervals`, so the operator rejects"
              + " this AlertmanagerConfig and none of its routes take effect.")
          .hint(nearest.map(n -> "Write `" + n + "`, the closest time interval name, or add an interval named `"
                  + name + "` to `spec.muteTimeIntervals`.")
              .orElse("Add `{name: " + name + ", timeIntervals: [...]}` to `spec.muteTimeIntervals`."));
    }
  }
}

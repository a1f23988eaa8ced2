package io.monitoringascode.alerting.check;

import io.fabric8.openshift.api.model.monitoring.v1alpha1.AlertmanagerConfig;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.Receiver;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.lang.ClosestNames;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code alerting/undefined-receiver}: every receiver a route names, at any depth, is defined in
 * {@code spec.receivers}. The operator rejects the whole AlertmanagerConfig otherwise ("receiver %q not found").
 */
final class AlertingUndefinedReceiverCheck implements Check<AlertmanagerConfig> {
  private static final RuleInfo INFO = RuleInfo.of("alerting/undefined-receiver", Severity.ERROR,
      "Every receiver a route names is defined in spec.receivers.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AlertmanagerConfig subject, CheckContext context, FindingSink sink) {
    Set<String> defined = new TreeSet<>();
    if (subject.getSpec() != null && subject.getSpec().getReceivers() != null) {
      for (Receiver receiver : subject.getSpec().getReceivers()) {
        if (receiver != null && receiver.getName() != null) {
          defined.add(receiver.getName());
        }
      }
    }
    for (RouteTree.Node node : RouteTree.of(subject)) {
      String name = node.route().getReceiver();
      if (name == null || name.isEmpty() || defined.contains(name)) {
        continue;
      }
      Optional<String> nearest = ClosestNames.closest(name, defined);
      sink.at(JsonPointers.child(node.pointer(), "receiver"))
          .error("Receiver `" + name + "` is not defined in `spec.receivers`, so the operator rejects this"
              + " AlertmanagerConfig and none of its routes take effect.")
          .hint(nearest.map(n -> "Write `" + n + "`, the closest receiver name, or add a receiver named `" + name
                  + "` to `spec.receivers`.")
              .orElse("Add a receiver named `" + name + "` to `spec.receivers`."));
    }
  }
}

package io.monitoringascode.alerting.check;

import io.fabric8.openshift.api.model.monitoring.v1alpha1.AlertmanagerConfig;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.Receiver;
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
 * {@code alerting/unused-receiver}: a receiver in {@code spec.receivers} that no route of the same AlertmanagerConfig
 * names. The operator prefixes receiver names with the object's namespace and name, so no other configuration can
 * route to it either: its notifiers are configured, and their Secrets read, for nothing.
 */
final class AlertingUnusedReceiverCheck implements Check<AlertmanagerConfig> {
  private static final RuleInfo INFO = RuleInfo.of("alerting/unused-receiver", Severity.WARNING,
      "Every receiver in spec.receivers is named by a route.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AlertmanagerConfig subject, CheckContext context, FindingSink sink) {
    List<Receiver> receivers = subject.getSpec() == null ? null : subject.getSpec().getReceivers();
    if (receivers == null) {
      return;
    }
    Set<String> used = new HashSet<>();
    RouteTree.of(subject).forEach(node -> used.add(node.route().getReceiver()));
    for (int i = 0; i < receivers.size(); i++) {
      Receiver receiver = receivers.get(i);
      if (receiver != null && receiver.getName() != null && !used.contains(receiver.getName())) {
        sink.at(JsonPointers.of("spec", "receivers", i, "name"))
            .report("Receiver `" + receiver.getName() + "` is named by no route, so it is never notified.")
            .hint("Route alerts to `" + receiver.getName() + "` with a route's `receiver`, or remove it.");
      }
    }
  }
}

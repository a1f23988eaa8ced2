package io.monitoringascode.alerting.check;

import io.fabric8.openshift.api.model.monitoring.v1alpha1.AlertmanagerConfig;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.Receiver;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.finding.Severity;

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
    DefinedNames receivers = new DefinedNames("receiver", "spec.receivers",
        subject.getSpec() == null ? null : subject.getSpec().getReceivers(), Receiver::getName);
    for (RouteTree.Node node : RouteTree.of(subject)) {
      String name = node.route().getReceiver();
      if (name != null && !name.isEmpty()) {
        String entry = "a receiver named `" + name + "`";
        receivers.requireDefined(sink, JsonPointers.child(node.pointer(), "receiver"), name, entry, entry);
      }
    }
  }
}

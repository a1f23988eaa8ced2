package io.monitoringascode.alerting.check;

import io.fabric8.openshift.api.model.monitoring.v1alpha1.AlertmanagerConfig;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.Receiver;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.finding.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code alerting/duplicate-receiver}: receiver names are unique within an AlertmanagerConfig. The operator rejects
 * the whole AlertmanagerConfig otherwise ("receiver is not unique"), so routes could not tell which one they mean.
 */
final class AlertingDuplicateReceiverCheck implements Check<AlertmanagerConfig> {
  private static final RuleInfo INFO = RuleInfo.of("alerting/duplicate-receiver", Severity.ERROR,
      "Receiver names are unique within an AlertmanagerConfig.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AlertmanagerConfig subject, CheckContext context, FindingSink sink) {
    if (subject.getSpec() == null || subject.getSpec().getReceivers() == null) {
      return;
    }
    List<Receiver> receivers = subject.getSpec().getReceivers();
    Map<String, Integer> firstIndex = new HashMap<>();
    for (int i = 0; i < receivers.size(); i++) {
      Receiver receiver = receivers.get(i);
      if (receiver == null || receiver.getName() == null) {
        continue;
      }
      Integer first = firstIndex.putIfAbsent(receiver.getName(), i);
      if (first != null) {
        sink.at(JsonPointers.of("spec", "receivers", i, "name"))
            .error("Receiver name `" + receiver.getName() + "` is already used by `spec.receivers[" + first
                + "]`, so the operator rejects this AlertmanagerConfig and none of its routes take effect.")
            .hint("Rename this receiver, or move its integrations into `spec.receivers[" + first + "]`.");
      }
    }
  }
}

package io.monitoringascode.alerting.check;

import io.fabric8.openshift.api.model.monitoring.v1alpha1.AlertmanagerConfig;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.Receiver;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.Route;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * {@code alerting/root-receiver}: the root route of an AlertmanagerConfig names a receiver. The CRD marks
 * {@code receiver} optional on every route, but the operator's validation rejects a root route without one ("root
 * route must define a receiver", {@code pkg/alertmanager/validation/v1alpha1/validation.go}).
 */
final class AlertingRootReceiverCheck implements Check<AlertmanagerConfig> {
  private static final RuleInfo INFO = RuleInfo.of("alerting/root-receiver", Severity.ERROR,
      "The root route of an AlertmanagerConfig names a receiver.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AlertmanagerConfig subject, CheckContext context, FindingSink sink) {
    if (subject.getSpec() == null || subject.getSpec().getRoute() == null) {
      return;
    }
    Route root = subject.getSpec().getRoute();
    if (root.getReceiver() != null && !root.getReceiver().isEmpty()) {
      return;
    }
    String pointer = root.getReceiver() == null ? "/spec/route" : "/spec/route/receiver";
    List<String> names = (subject.getSpec().getReceivers() == null ? List.<Receiver>of()
        : subject.getSpec().getReceivers()).stream()
        .filter(Objects::nonNull).map(Receiver::getName).filter(name -> name != null && !name.isEmpty())
        .collect(Collectors.toList());
    sink.at(pointer)
        .error("The root route names no receiver, so the operator rejects this AlertmanagerConfig and none of its"
            + " routes take effect.")
        .hint(hint(names));
  }

  private static String hint(List<String> names) {
    if (names.isEmpty()) {
      return "Add a receiver to `spec.receivers` and name it in `spec.route.receiver`.";
    }
    if (names.size() == 1) {
      return "Add `receiver: " + names.get(0) + "` to `spec.route`.";
    }
    return "Add `receiver: <name>` to `spec.route`, naming one of " + names.stream().map(n -> "`" + n + "`")
        .collect(Collectors.joining(", ")) + ".";
  }
}

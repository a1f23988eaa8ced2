package io.monitoringascode.alerting.check;

import static io.monitoringascode.alerting.check.CheckRun.finding;
import static io.monitoringascode.alerting.check.CheckRun.onModel;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Severity;
import org.junit.jupiter.api.Test;

class AlertingUnusedReceiverCheckTest {
  private final AlertingUnusedReceiverCheck check = new AlertingUnusedReceiverCheck();

  @Test
  void receiverNoRouteNames_isReported() {
    assertThat(onModel(check, config("[{name: slack}, {name: pager}]", "slack")))
        .containsExactly(finding("alerting/unused-receiver", Severity.WARNING, "/spec/receivers/1/name",
            "Receiver `pager` is named by no route, so it is never notified.",
            "Route alerts to `pager` with a route's `receiver`, or remove it."));
  }

  @Test
  void receiverNamedByAChildRoute_passes() {
    assertThat(onModel(check, config("[{name: slack}, {name: pager}]", "pager"))).isEmpty();
  }

  @Test
  void configWithoutReceivers_isIgnored() {
    assertThat(onModel(check, config("[]", "pager"))).isEmpty();
  }

  private static String config(String receivers, String childReceiver) {
    return """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: demo}
        spec:
          route:
            receiver: slack
            routes: [{receiver: %s, matchers: [{name: severity, value: critical}]}]
          receivers: %s
        """.formatted(childReceiver, receivers);
  }
}

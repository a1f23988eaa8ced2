package io.monitoringascode.alerting.check;

import static io.monitoringascode.alerting.check.CheckRun.finding;
import static io.monitoringascode.alerting.check.CheckRun.onModel;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Severity;
import org.junit.jupiter.api.Test;

class AlertingRootReceiverCheckTest {
  private final AlertingRootReceiverCheck check = new AlertingRootReceiverCheck();

  @Test
  void rootRoute_withoutReceiver_reportsRejectedConfig() {
    String yaml = """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: demo}
        spec:
          route:
            groupBy: [alertname]
          receivers:
            - name: slack
        """;

    assertThat(onModel(check, yaml)).containsExactly(finding("alerting/root-receiver", Severity.ERROR,
        "/spec/route",
        "The root route names no receiver, so the operator rejects this AlertmanagerConfig and none of its routes"
            + " take effect.",
        "Add `receiver: slack` to `spec.route`."));
  }

  @Test
  void rootRoute_withEmptyReceiverAndSeveralReceivers_pointsAtReceiverAndListsNames() {
    String yaml = """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: demo}
        spec:
          route:
            receiver: ""
          receivers:
            - name: slack
            - name: pager
        """;

    assertThat(onModel(check, yaml)).singleElement().satisfies(f -> {
      assertThat(f.location().pointer()).isEqualTo("/spec/route/receiver");
      assertThat(f.hint()).hasValue("Add `receiver: <name>` to `spec.route`, naming one of `slack`, `pager`.");
    });
  }

  @Test
  void rootRoute_withReceiverAndChildWithout_passes() {
    String yaml = """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: demo}
        spec:
          route:
            receiver: slack
            routes:
              - matchers: [{name: severity, value: critical}]
          receivers:
            - name: slack
        """;

    assertThat(onModel(check, yaml)).isEmpty();
  }

  @Test
  void config_withoutRoute_isIgnored() {
    String yaml = """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: demo}
        spec:
          receivers:
            - name: slack
        """;

    assertThat(onModel(check, yaml)).isEmpty();
  }
}

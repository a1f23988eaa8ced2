package io.monitoringascode.alerting.check;

import static io.monitoringascode.alerting.check.CheckRun.finding;
import static io.monitoringascode.alerting.check.CheckRun.onModel;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Severity;
import org.junit.jupiter.api.Test;

class AlertingDuplicateReceiverCheckTest {
  private final AlertingDuplicateReceiverCheck check = new AlertingDuplicateReceiverCheck();

  @Test
  void receivers_withRepeatedName_reportsTheSecond() {
    String yaml = """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: demo}
        spec:
          receivers:
            - name: slack
            - name: pager
            - name: slack
        """;

    assertThat(onModel(check, yaml)).containsExactly(finding("alerting/duplicate-receiver", Severity.ERROR,
        "/spec/receivers/2/name",
        "Receiver name `slack` is already used by `spec.receivers[0]`, so the operator rejects this"
            + " AlertmanagerConfig and none of its routes take effect.",
        "Rename this receiver, or move its integrations into `spec.receivers[0]`."));
  }

  @Test
  void receivers_differingOnlyInCase_pass() {
    String yaml = """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: demo}
        spec:
          receivers:
            - name: slack
            - name: Slack
        """;

    assertThat(onModel(check, yaml)).isEmpty();
  }

  @Test
  void config_withoutReceivers_isIgnored() {
    String yaml = """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: demo}
        spec:
          inhibitRules:
            - equal: [alertname]
        """;

    assertThat(onModel(check, yaml)).isEmpty();
  }
}

package io.monitoringascode.alerting.check;

import static io.monitoringascode.alerting.check.CheckRun.finding;
import static io.monitoringascode.alerting.check.CheckRun.onModel;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Severity;
import org.junit.jupiter.api.Test;

class AlertingUndefinedReceiverCheckTest {
  private final AlertingUndefinedReceiverCheck check = new AlertingUndefinedReceiverCheck();

  @Test
  void nestedRoute_withMisspeltReceiver_reportsClosestName() {
    String yaml = """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: demo}
        spec:
          route:
            receiver: slack
            routes:
              - receiver: slack
              - receiver: slack
                routes:
                  - receiver: pagerdty
          receivers:
            - name: slack
            - name: pagerduty
        """;

    assertThat(onModel(check, yaml)).containsExactly(finding("alerting/undefined-receiver", Severity.ERROR,
        "/spec/route/routes/1/routes/0/receiver",
        "Receiver `pagerdty` is not defined in `spec.receivers`, so the operator rejects this AlertmanagerConfig and"
            + " none of its routes take effect.",
        "Write `pagerduty`, the closest receiver name, or add a receiver named `pagerdty` to `spec.receivers`."));
  }

  @Test
  void rootRoute_withUnrelatedReceiver_suggestsAddingIt() {
    String yaml = """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: demo}
        spec:
          route:
            receiver: webhook
          receivers:
            - name: slack
        """;

    assertThat(onModel(check, yaml)).containsExactly(finding("alerting/undefined-receiver", Severity.ERROR,
        "/spec/route/receiver",
        "Receiver `webhook` is not defined in `spec.receivers`, so the operator rejects this AlertmanagerConfig and"
            + " none of its routes take effect.",
        "Add a receiver named `webhook` to `spec.receivers`."));
  }

  @Test
  void receiver_differingOnlyInCase_isReportedWithTheDefinedSpelling() {
    String yaml = """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: demo}
        spec:
          route:
            receiver: Slack
          receivers:
            - name: slack
        """;

    assertThat(onModel(check, yaml)).singleElement()
        .satisfies(f -> assertThat(f.hint()).hasValueSatisfying(h -> assertThat(h).startsWith("Write `slack`")));
  }

  @Test
  void everyRoute_withDefinedReceiverOrNone_passes() {
    String yaml = """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: demo}
        spec:
          route:
            receiver: slack
            routes:
              - matchers: [{name: severity, value: critical}]
              - receiver: pager
          receivers:
            - name: slack
            - name: pager
        """;

    assertThat(onModel(check, yaml)).isEmpty();
  }

  @Test
  void childRoute_thatCannotBeRead_isIgnored() {
    String yaml = """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: demo}
        spec:
          route:
            receiver: slack
            routes:
              - receiver: missing
                groupBy: alertname
          receivers:
            - name: slack
        """;

    assertThat(onModel(check, yaml)).isEmpty();
  }
}

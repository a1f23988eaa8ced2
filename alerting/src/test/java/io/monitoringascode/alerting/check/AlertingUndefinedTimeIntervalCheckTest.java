package io.monitoringascode.alerting.check;

import static io.monitoringascode.alerting.check.CheckRun.finding;
import static io.monitoringascode.alerting.check.CheckRun.onModel;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Severity;
import org.junit.jupiter.api.Test;

class AlertingUndefinedTimeIntervalCheckTest {
  private final AlertingUndefinedTimeIntervalCheck check = new AlertingUndefinedTimeIntervalCheck();

  @Test
  void childRoute_withMisspeltMuteInterval_reportsClosestName() {
    String yaml = config("muteTimeIntervals: [weekend]");

    assertThat(onModel(check, yaml)).containsExactly(finding("alerting/undefined-time-interval", Severity.ERROR,
        "/spec/route/routes/0/muteTimeIntervals/0",
        "Time interval `weekend` is not defined in `spec.muteTimeIntervals`, so the operator rejects this"
            + " AlertmanagerConfig and none of its routes take effect.",
        "Write `weekends`, the closest time interval name, or add an interval named `weekend` to"
            + " `spec.muteTimeIntervals`."));
  }

  @Test
  void childRoute_withUnknownActiveInterval_suggestsDefiningIt() {
    String yaml = config("activeTimeIntervals: [business-hours]");

    assertThat(onModel(check, yaml)).containsExactly(finding("alerting/undefined-time-interval", Severity.ERROR,
        "/spec/route/routes/0/activeTimeIntervals/0",
        "Time interval `business-hours` is not defined in `spec.muteTimeIntervals`, so the operator rejects this"
            + " AlertmanagerConfig and none of its routes take effect.",
        "Add `{name: business-hours, timeIntervals: [...]}` to `spec.muteTimeIntervals`."));
  }

  @Test
  void routes_withDefinedIntervals_pass() {
    assertThat(onModel(check, config("{muteTimeIntervals: [weekends], activeTimeIntervals: [weekends]}")))
        .isEmpty();
  }

  @Test
  void routes_withoutIntervals_areIgnored() {
    assertThat(onModel(check, config("receiver: slack"))).isEmpty();
  }

  private static String config(String childRoute) {
    return """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: demo}
        spec:
          muteTimeIntervals:
            - name: weekends
              timeIntervals: [{weekdays: ['saturday:sunday']}]
          route:
            receiver: slack
            routes:
              - %s
        """.formatted(childRoute);
  }
}

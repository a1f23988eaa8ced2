package io.monitoringascode.alerting.check;

import static io.monitoringascode.alerting.check.CheckRun.finding;
import static io.monitoringascode.alerting.check.CheckRun.onModel;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Severity;
import org.junit.jupiter.api.Test;

class AlertingEmptyTimeIntervalCheckTest {
  private final AlertingEmptyTimeIntervalCheck check = new AlertingEmptyTimeIntervalCheck();

  @Test
  void windowOnADateThatDoesNotExist_neverMatches() {
    String yaml = config("""
        - name: month-end
          timeIntervals:
            - {weekdays: [saturday]}
            - {daysOfMonth: [{start: 30, end: 31}], months: [february]}
        """);

    assertThat(onModel(check, yaml)).containsExactly(finding("alerting/empty-time-interval", Severity.WARNING,
        "/spec/muteTimeIntervals/0/timeIntervals/1",
        "Window never matches: no date falls in all of its `daysOfMonth`, `weekdays`, `months` and `years`.",
        "Widen the ranges so that some date falls in all of them, or remove the window."));
  }

  @Test
  void intervalWithoutWindows_coversNoTime() {
    assertThat(onModel(check, config("- {name: never}"))).containsExactly(finding("alerting/empty-time-interval",
        Severity.WARNING, "/spec/muteTimeIntervals/0",
        "Time interval `never` has no `timeIntervals`, so it covers no time.",
        "Add a window such as `{weekdays: ['saturday', 'sunday']}`, or remove the interval."));
  }

  @Test
  void rareButPossibleDates_pass() {
    String yaml = config("""
        - name: rare
          timeIntervals:
            - {daysOfMonth: [{start: 29, end: 29}], months: [february], weekdays: [monday]}
            - {daysOfMonth: [{start: 13, end: 13}], weekdays: [friday], years: ['2026']}
        """);

    assertThat(onModel(check, yaml)).isEmpty();
  }

  @Test
  void malformedWindow_isLeftToTheModel() {
    assertThat(onModel(check, config("- {name: bad, timeIntervals: [{weekdays: [funday]}]}"))).isEmpty();
  }

  private static String config(String intervals) {
    return """
        apiVersion: monitoring.coreos.com/v1alpha1
        kind: AlertmanagerConfig
        metadata: {name: demo}
        spec:
          muteTimeIntervals:
        %s
        """.formatted(intervals.indent(4).stripTrailing());
  }
}

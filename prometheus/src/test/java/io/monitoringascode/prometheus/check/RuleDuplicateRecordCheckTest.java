package io.monitoringascode.prometheus.check;

import static io.monitoringascode.prometheus.check.Fixtures.finding;
import static io.monitoringascode.prometheus.check.Fixtures.read;
import static io.monitoringascode.prometheus.check.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.monitoringascode.core.finding.Severity;
import org.junit.jupiter.api.Test;

class RuleDuplicateRecordCheckTest {
  private final RuleDuplicateRecordCheck check = new RuleDuplicateRecordCheck();

  @Test
  void check_sameRecordAndLabelsAcrossGroups_warnsAtTheSecond() {
    PrometheusRule rule = read("""
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata: {name: demo}
        spec:
          groups:
            - name: a
              rules:
                - {record: "job:up:sum", expr: sum by (job) (up), labels: {env: prod}}
            - name: b
              rules:
                - {record: "job:up:sum", expr: sum by (job) (up), labels: {env: prod}}
        """, PrometheusRule.class);

    assertThat(run(check, rule)).containsExactly(finding("rule/duplicate-record", Severity.WARNING,
        "/spec/groups/1/rules/0/record",
        "Recording rule `job:up:sum` repeats group 0, rule 0 with the same expression and labels, so both write the"
            + " same series and overwrite each other's samples.",
        "Remove one of the two rules."));
  }

  @Test
  void check_sameRecordAndLabelsWithOtherExpression_advisesAtTheSecond() {
    PrometheusRule rule = read(Fixtures.ruleFile("""
        - {record: "code:requests:increase1h", expr: 'sum by (code) (increase(requests{code=~"2.."}[1h]))'}
        - {record: "code:requests:increase1h", expr: 'sum by (code) (increase(requests{code=~"5.."}[1h]))'}
        """), PrometheusRule.class);

    assertThat(run(check, rule)).containsExactly(finding("rule/duplicate-record", Severity.INFO,
        "/spec/groups/0/rules/1/record",
        "Recording rule `code:requests:increase1h` is also defined at group 0, rule 0 with the same labels, so the"
            + " two overwrite each other's samples unless their expressions return different label values.",
        "Make sure the expressions select disjoint series, or tell them apart with different `labels`."));
  }

  @Test
  void check_sameRecordWithDifferentLabels_reportsNothing() {
    PrometheusRule rule = read(Fixtures.ruleFile("""
        - {record: "job:up:sum", expr: sum(up), labels: {env: prod}}
        - {record: "job:up:sum", expr: sum(up), labels: {env: dev}}
        """), PrometheusRule.class);

    assertThat(run(check, rule)).isEmpty();
  }

  @Test
  void check_repeatedAlertNames_areIgnored() {
    PrometheusRule rule = read(Fixtures.ruleFile("""
        - {alert: DiskFull, expr: disk > 90, labels: {severity: warning}}
        - {alert: DiskFull, expr: disk > 90, labels: {severity: warning}}
        """), PrometheusRule.class);

    assertThat(run(check, rule)).isEmpty();
  }
}

package io.monitoringascode.prometheus.check;

import static io.monitoringascode.prometheus.check.Fixtures.finding;
import static io.monitoringascode.prometheus.check.Fixtures.read;
import static io.monitoringascode.prometheus.check.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.monitoringascode.core.finding.Severity;
import org.junit.jupiter.api.Test;

class RuleDuplicateAlertCheckTest {
  private final RuleDuplicateAlertCheck check = new RuleDuplicateAlertCheck();

  @Test
  void check_sameNameAndLabelsWithAnotherExpression_advisesAtTheSecond() {
    PrometheusRule rule = read(Fixtures.ruleFile("""
        - {alert: CompactionMissing, expr: 'compactor_last_success == 0', labels: {severity: critical}}
        - {alert: CompactionMissing, expr: 'time() - compactor_last_success > 10800', labels: {severity: critical}}
        """), PrometheusRule.class);

    assertThat(run(check, rule)).containsExactly(finding("rule/duplicate-alert", Severity.INFO,
        "/spec/groups/0/rules/1/alert",
        "Alert `CompactionMissing` is also defined at rule 0 of this group with the same labels but another"
            + " expression, so two conditions fire under one name.",
        "Join the two conditions with `or` in one rule, give them different names, or tell the tiers apart with"
            + " different labels, such as `severity`."));
  }

  @Test
  void check_sameAlertInAnotherGroup_reportsNothing() {
    PrometheusRule rule = read("""
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata: {name: demo}
        spec:
          groups:
            - name: api-0
              rules:
                - {alert: HighErrorRate, expr: 'errors{job="api-0"} > 0.05', labels: {severity: critical}}
            - name: api-1
              rules:
                - {alert: HighErrorRate, expr: 'errors{job="api-1"} > 0.05', labels: {severity: critical}}
        """, PrometheusRule.class);

    assertThat(run(check, rule)).isEmpty();
  }

  @Test
  void check_severityTiersBurnRateWindowsAndCopies_reportNothing() {
    PrometheusRule rule = read(Fixtures.ruleFile("""
        - {alert: DiskFull, expr: 'disk_used > 0.8', labels: {severity: warning}}
        - {alert: DiskFull, expr: 'disk_used > 0.95', labels: {severity: critical}}
        - {alert: BudgetBurn, expr: 'burn5m > 14', labels: {severity: critical, long: 1h, short: 5m}}
        - {alert: BudgetBurn, expr: 'burn30m > 6', labels: {severity: critical, long: 6h, short: 30m}}
        - {alert: Same, expr: 'up == 0'}
        - {alert: Same, expr: '(up == 0)'}
        - {alert: Broken, expr: 'up =='}
        - {alert: Broken, expr: 'up !='}
        """), PrometheusRule.class);

    assertThat(run(check, rule)).isEmpty();
  }
}

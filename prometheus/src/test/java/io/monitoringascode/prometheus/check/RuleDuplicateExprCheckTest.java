package io.monitoringascode.prometheus.check;

import static io.monitoringascode.prometheus.check.Fixtures.finding;
import static io.monitoringascode.prometheus.check.Fixtures.read;
import static io.monitoringascode.prometheus.check.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.monitoringascode.core.finding.Severity;
import org.junit.jupiter.api.Test;

class RuleDuplicateExprCheckTest {
  private final RuleDuplicateExprCheck check = new RuleDuplicateExprCheck();

  @Test
  void check_sameExpressionUnderAnotherName_warnsAtTheSecond() {
    PrometheusRule rule = read(Fixtures.ruleFile("""
        - {alert: TargetMissing, expr: 'absent(up{job="app", env="prod"})', for: 0m}
        - {alert: TargetDown, expr: 'absent( up{env="prod",job="app"} )', for: 30s}
        """), PrometheusRule.class);

    assertThat(run(check, rule)).containsExactly(finding("rule/duplicate-expr", Severity.WARNING,
        "/spec/groups/0/rules/1/expr",
        "Alert `TargetDown` has the same expression as `TargetMissing` (rule 0 of this group), so the two always"
            + " fire together for the same series.",
        "Give `TargetDown` the expression its name describes, or remove it and keep `TargetMissing`."));
  }

  @Test
  void check_severityTiersAndOtherGroups_reportNothing() {
    PrometheusRule rule = read("""
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata: {name: demo}
        spec:
          groups:
            - name: a
              rules:
                - {alert: DiskFull, expr: disk_used > 0.9, labels: {severity: warning}}
                - {alert: DiskFull, expr: disk_used > 0.9, for: 1h, labels: {severity: critical}}
                - {alert: DiskFilling, expr: disk_used > 0.8}
                - {record: "a:disk_used", expr: disk_used}
                - {record: "b:disk_used", expr: disk_used}
            - name: b
              rules:
                - {alert: DiskAlmostFull, expr: disk_used > 0.9}
                - {alert: Broken, expr: 'disk_used >'}
                - {alert: Broken2, expr: 'disk_used >'}
        """, PrometheusRule.class);

    assertThat(run(check, rule)).isEmpty();
  }
}

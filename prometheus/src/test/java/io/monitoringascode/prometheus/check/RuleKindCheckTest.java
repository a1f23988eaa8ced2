package io.monitoringascode.prometheus.check;

import static io.monitoringascode.prometheus.check.Fixtures.finding;
import static io.monitoringascode.prometheus.check.Fixtures.read;
import static io.monitoringascode.prometheus.check.Fixtures.ruleFile;
import static io.monitoringascode.prometheus.check.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.monitoringascode.core.finding.Severity;
import org.junit.jupiter.api.Test;

class RuleKindCheckTest {
  private final RuleKindCheck check = new RuleKindCheck();

  @Test
  void check_recordingRuleWithFor_reportsError() {
    PrometheusRule rule = read(ruleFile("""
        - record: job:up:sum
          expr: sum(up)
          for: 5m
        """), PrometheusRule.class);

    assertThat(run(check, rule)).containsExactly(finding("rule/kind", Severity.ERROR, "/spec/groups/0/rules/0/for",
        "Recording rule `job:up:sum` has `for: 5m`, which only alerting rules take, so Prometheus refuses the rule"
            + " file and none of its rules are loaded.",
        "Remove `for`, or make the rule an alerting rule with `alert`."));
  }

  @Test
  void check_bothOrNeitherName_reportsAtTheRule() {
    PrometheusRule rule = read(ruleFile("""
        - alert: A
          record: a
          expr: up
        - alert: ""
          expr: up
        - record: b
          expr: up
          annotations: {summary: x}
        """), PrometheusRule.class);

    assertThat(run(check, rule)).extracting(f -> f.location().pointer() + " " + f.message()).containsExactly(
        "/spec/groups/0/rules/0 Rule sets both `alert: A` and `record: a`, so Prometheus refuses the rule file and"
            + " none of its rules are loaded.",
        "/spec/groups/0/rules/1 Rule has neither `alert` nor `record`, so Prometheus refuses the rule file and none"
            + " of its rules are loaded.",
        "/spec/groups/0/rules/2/annotations Recording rule `b` has `annotations`, which only alerting rules take, so"
            + " Prometheus refuses the rule file and none of its rules are loaded.");
  }

  @Test
  void check_recordingRuleWithZeroFor_reportsNothing() {
    PrometheusRule rule = read(ruleFile("""
        - record: job:up:sum
          expr: sum(up)
          for: 0s
        """), PrometheusRule.class);

    assertThat(run(check, rule)).isEmpty();
  }

  @Test
  void check_alertingRuleWithAlertingFields_isIgnored() {
    PrometheusRule rule = read(ruleFile("""
        - alert: A
          expr: up == 0
          for: 5m
          keep_firing_for: 10m
          annotations: {summary: x}
        """), PrometheusRule.class);

    assertThat(run(check, rule)).isEmpty();
  }
}

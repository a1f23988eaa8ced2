package io.monitoringascode.prometheus.check;

import static io.monitoringascode.prometheus.check.Fixtures.finding;
import static io.monitoringascode.prometheus.check.Fixtures.read;
import static io.monitoringascode.prometheus.check.Fixtures.ruleFile;
import static io.monitoringascode.prometheus.check.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.monitoringascode.core.finding.Severity;
import org.junit.jupiter.api.Test;

class RuleNameCheckTest {
  private final RuleNameCheck check = new RuleNameCheck();

  @Test
  void check_recordingRuleWithDash_warnsWithRename() {
    PrometheusRule rule = read(ruleFile("""
        - record: job-x:up
          expr: up
        """), PrometheusRule.class);

    assertThat(run(check, rule)).containsExactly(finding("rule/name", Severity.WARNING,
        "/spec/groups/0/rules/0/record",
        "Recording rule name `job-x:up` is not a classic metric name, so Prometheus 2 refuses the rule file, and"
            + " Prometheus 3 accepts it only as a UTF-8 name that every query must quote.",
        "Rename it to `job_x:up`."));
  }

  @Test
  void check_badLabelAndAnnotationNames_reportEach() {
    PrometheusRule rule = read(ruleFile("""
        - alert: A
          expr: up == 0
          labels: {team-name: a, __name__: x}
          annotations: {runbook-url: http://x}
        """), PrometheusRule.class);

    assertThat(run(check, rule)).containsExactly(
        finding("rule/name", Severity.ERROR, "/spec/groups/0/rules/0/labels/__name__",
            "Label `__name__` cannot be set by a rule, so Prometheus refuses the rule file and none of its rules are"
                + " loaded.",
            "Remove `__name__` from `labels`; a recording rule names its series with `record`."),
        finding("rule/name", Severity.WARNING, "/spec/groups/0/rules/0/labels/team-name",
            "Label name `team-name` is not a classic label name, so Prometheus 2 refuses the rule file, and"
                + " Prometheus 3 accepts it only as a UTF-8 name that every query must quote.",
            "Rename it to `team_name`."),
        finding("rule/name", Severity.WARNING, "/spec/groups/0/rules/0/annotations/runbook-url",
            "Annotation name `runbook-url` is not a classic label name, so Prometheus 2 refuses the rule file and"
                + " Alertmanager templates can reach it only through `index`.",
            "Rename it to `runbook_url`."));
  }

  @Test
  void check_classicNamesWithColonsAndUnderscores_reportNothing() {
    PrometheusRule rule = read(ruleFile("""
        - record: ":job:up_total:sum5m"
          expr: up
          labels: {_private: a, team2: b}
        - alert: "Free text alert name, with spaces!"
          expr: up == 0
          annotations: {runbook_url: x}
        """), PrometheusRule.class);

    assertThat(run(check, rule)).isEmpty();
  }

  @Test
  void check_ruleWithoutRecordOrLabels_isIgnored() {
    PrometheusRule rule = read(ruleFile("""
        - expr: up
        """), PrometheusRule.class);

    assertThat(run(check, rule)).isEmpty();
  }
}

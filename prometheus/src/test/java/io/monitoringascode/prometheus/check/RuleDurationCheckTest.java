package io.monitoringascode.prometheus.check;

import static io.monitoringascode.prometheus.check.Fixtures.finding;
import static io.monitoringascode.prometheus.check.Fixtures.read;
import static io.monitoringascode.prometheus.check.Fixtures.ruleFile;
import static io.monitoringascode.prometheus.check.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.monitoringascode.core.finding.Severity;
import org.junit.jupiter.api.Test;

class RuleDurationCheckTest {
  private final RuleDurationCheck check = new RuleDurationCheck();

  @Test
  void check_bareNumberFor_reportsErrorWithSecondsHint() {
    PrometheusRule rule = read(ruleFile("""
        - alert: A
          expr: up == 0
          for: 30
        """), PrometheusRule.class);

    assertThat(run(check, rule)).containsExactly(finding("rule/duration", Severity.ERROR,
        "/spec/groups/0/rules/0/for",
        "Duration `30` is not a Prometheus duration: a bare number has no unit, so this PrometheusRule is rejected"
            + " and none of its rules are loaded.",
        "Write `30s`."));
  }

  @Test
  void check_wordsInEveryDurationKey_reportsEach() {
    PrometheusRule rule = read("""
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata:
          name: demo
        spec:
          groups:
            - name: g
              interval: 1 minute
              query_offset: 5 minutes
              rules:
                - alert: A
                  expr: up == 0
                  for: ""
                  keep_firing_for: 10 m
        """, PrometheusRule.class);

    assertThat(run(check, rule)).extracting(f -> f.location().pointer()).containsExactly(
        "/spec/groups/0/interval", "/spec/groups/0/query_offset", "/spec/groups/0/rules/0/for",
        "/spec/groups/0/rules/0/keep_firing_for");
    assertThat(run(check, rule).get(1)).isEqualTo(finding("rule/duration", Severity.ERROR,
        "/spec/groups/0/query_offset",
        "Duration `5 minutes` is not a Prometheus duration, so this PrometheusRule is rejected and none of its rules"
            + " are loaded.",
        "Write it as `30s`, `5m` or `1h30m` (units y, w, d, h, m, s, ms, largest first, no spaces)."));
    assertThat(run(check, rule).get(2).message()).startsWith("`for` is empty, which is not a Prometheus duration");
  }

  @Test
  void check_valueWithSemicolon_quotesTheWholeValue() {
    PrometheusRule rule = read(ruleFile("""
        - alert: A
          expr: up == 0
          for: "5m; 30s"
        """), PrometheusRule.class);

    assertThat(run(check, rule)).singleElement().satisfies(f -> assertThat(f.message()).isEqualTo(
        "Duration `5m; 30s` is not a Prometheus duration, so this PrometheusRule is rejected and none of its rules"
            + " are loaded."));
  }

  @Test
  void check_validDurationsAtTheEdges_reportsNothing() {
    PrometheusRule rule = read(ruleFile("""
        - alert: A
          expr: up == 0
          for: 0
          keep_firing_for: 1h30m
        - alert: B
          expr: up == 0
          for: 1ms
        """), PrometheusRule.class);

    assertThat(run(check, rule)).isEmpty();
  }

  @Test
  void check_ruleWithoutDurations_isIgnored() {
    PrometheusRule rule = read(ruleFile("""
        - record: job:up:sum
          expr: sum by (job) (up)
        """), PrometheusRule.class);

    assertThat(run(check, rule)).isEmpty();
  }
}

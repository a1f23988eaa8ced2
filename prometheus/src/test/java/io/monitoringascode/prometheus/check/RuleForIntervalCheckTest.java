package io.monitoringascode.prometheus.check;

import static io.monitoringascode.prometheus.check.Fixtures.finding;
import static io.monitoringascode.prometheus.check.Fixtures.read;
import static io.monitoringascode.prometheus.check.Fixtures.ruleFile;
import static io.monitoringascode.prometheus.check.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.monitoringascode.core.finding.Severity;
import org.junit.jupiter.api.Test;

class RuleForIntervalCheckTest {
  private final RuleForIntervalCheck check = new RuleForIntervalCheck();

  private static PrometheusRule group(String interval, String rules) {
    return read("""
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata:
          name: demo
        spec:
          groups:
            - name: g
              interval: %s
              rules:
        """.formatted(interval) + rules.indent(8), PrometheusRule.class);
  }

  @Test
  void check_forShorterThanGroupInterval_reportsInfo() {
    PrometheusRule rule = group("1m", "- {alert: Down, expr: up == 0, for: 30s}");

    assertThat(run(check, rule)).containsExactly(finding("rule/for-interval", Severity.INFO,
        "/spec/groups/0/rules/0/for",
        "`for: 30s` of alert `Down` is shorter than the group's `interval` of `1m`, so the alert fires one whole"
            + " interval after it first holds, as with `for: 1m`.",
        "Set `for` to `1m` or longer (or `0s` to fire at the first evaluation), or give the group a shorter"
            + " `interval`."));
  }

  @Test
  void check_forShorterThanTheDefaultInterval_namesTheDefault() {
    PrometheusRule rule = read(ruleFile("- {alert: Down, expr: up == 0, for: 10s}"), PrometheusRule.class);

    assertThat(run(check, rule)).singleElement().satisfies(finding -> assertThat(finding.message()).isEqualTo(
        "`for: 10s` of alert `Down` is shorter than the default evaluation interval of `30s` (the group sets no"
            + " `interval`), so the alert fires one whole interval after it first holds, as with `for: 30s`."));
  }

  @Test
  void check_forOfAtLeastOneIntervalOrZero_reportsNothing() {
    PrometheusRule rule = group("1m", """
        - {alert: A, expr: up == 0, for: 1m}
        - {alert: B, expr: up == 0, for: 0s}
        - {alert: C, expr: up == 0}
        - {alert: D, expr: up == 0, for: 5 minutes}
        """);

    assertThat(run(check, rule)).isEmpty();
    assertThat(run(check, read(ruleFile("- {alert: Down, expr: up == 0, for: 30s}"), PrometheusRule.class)))
        .isEmpty();
    assertThat(run(check, group("5 minutes", "- {alert: Down, expr: up == 0, for: 10s}"))).isEmpty();
  }
}

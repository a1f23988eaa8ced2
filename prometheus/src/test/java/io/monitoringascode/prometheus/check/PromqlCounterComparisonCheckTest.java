package io.monitoringascode.prometheus.check;

import static io.monitoringascode.prometheus.check.Fixtures.finding;
import static io.monitoringascode.prometheus.check.Fixtures.read;
import static io.monitoringascode.prometheus.check.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.finding.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PromqlCounterComparisonCheckTest {
  private final PromqlCounterComparisonCheck check = new PromqlCounterComparisonCheck();

  private static PrometheusRule rule(String expr) {
    return read(Fixtures.ruleFile("- {alert: Errors, expr: '" + expr + "'}"), PrometheusRule.class);
  }

  @Test
  void check_counterAboveThreshold_warnsThatItHoldsUntilRestart() {
    assertThat(run(check, rule("http_errors_total{code=~\"5..\"} > 10"))).containsExactly(finding(
        "promql/counter-comparison", Severity.WARNING, "/spec/groups/0/rules/0/expr", new Span(0, 35),
        "`http_errors_total{code=~\"5..\"} > 10` compares the counter `http_errors_total` itself, which counts from"
            + " the start of the process, so the result holds once the count passes `10` and until the process"
            + " restarts.",
        "Compare the counter's change instead, such as `increase(http_errors_total{code=~\"5..\"}[5m])` (or"
            + " `rate(...)` per second), with `10`."));
  }

  @Test
  void check_counterWithOffset_hintsTheRangeBeforeTheModifier() {
    assertThat(run(check, rule("http_errors_total offset 1h > 10"))).singleElement()
        .satisfies(finding -> assertThat(finding.hint()).hasValue("Compare the counter's change instead, such as"
            + " `increase(http_errors_total[5m])` (or `rate(...)` per second), with `10`."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sum by (job) (http_errors_total) > 10", "100 < max(http_errors_total)",
      "(http_errors_total) >= bool 5"})
  void check_counterThroughParenthesesOrSum_warns(String expr) {
    assertThat(run(check, rule(expr))).singleElement()
        .satisfies(finding -> assertThat(finding.message()).contains("compares the counter `http_errors_total`"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "increase(http_errors_total[5m]) > 10",
      "rate(http_errors_total[5m]) > 0.1",
      "node_edac_uncorrectable_errors_total > 0",
      "http_errors_total >= 1",
      "cnpg_backends_waiting_total > 300",
      "count(http_errors_total) > 10",
      "http_errors_total / http_requests_total > 0.05",
      "code:http_errors_total:increase1h > 10",
      "http_errors_total > other_total"})
  void check_rateIdiomOrNotACounter_reportsNothing(String expr) {
    assertThat(run(check, rule(expr))).isEmpty();
  }
}

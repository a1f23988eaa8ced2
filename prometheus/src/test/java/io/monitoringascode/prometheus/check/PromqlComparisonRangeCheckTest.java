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

class PromqlComparisonRangeCheckTest {
  private final PromqlComparisonRangeCheck check = new PromqlComparisonRangeCheck();

  @Test
  void check_upGreaterThanOne_warnsThatItNeverFires() {
    PrometheusRule rule = read(Fixtures.ruleFile("""
        - {alert: Flapping, expr: 'sum by (job) (up{job="a"} > 1)'}
        """), PrometheusRule.class);

    assertThat(run(check, rule)).containsExactly(finding("promql/comparison-range", Severity.WARNING,
        "/spec/groups/0/rules/0/expr", new Span(14, 29),
        "`up{job=\"a\"} > 1` is never true, so the alert never fires: `up` is only ever 0 (the scrape failed) or 1.",
        "Compare with `== 0` for targets that are down, or `== 1` for targets that are up."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"up >= 0", "0 <= up", "up != 2", "up < 5", "(up) > -1"})
  void check_alwaysTrue_warnsThatItFiresForEveryTarget(String expr) {
    PrometheusRule rule = read(Fixtures.ruleFile("- {alert: A, expr: '" + expr + "'}"), PrometheusRule.class);

    assertThat(run(check, rule)).singleElement()
        .satisfies(finding -> assertThat(finding.message()).contains("is true for every target"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"up == 0", "up < 1", "1 > up", "up >= 1", "up == bool 2", "uptime > 1", "sum(up) > 1",
      "up > x", "up{job="})
  void check_comparisonThatCanGoEitherWay_reportsNothing(String expr) {
    PrometheusRule rule = read(Fixtures.ruleFile("- {alert: A, expr: '" + expr + "'}"), PrometheusRule.class);

    assertThat(run(check, rule)).isEmpty();
  }
}

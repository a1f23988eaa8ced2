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

class PromqlAbsentMatcherCheckTest {
  private final PromqlAbsentMatcherCheck check = new PromqlAbsentMatcherCheck();

  private static PrometheusRule rule(String expr) {
    return read(Fixtures.ruleFile("- {alert: Missing, expr: '" + expr + "'}"), PrometheusRule.class);
  }

  @Test
  void check_absentOverRegexOfOneValue_warnsThatTheLabelIsLost() {
    assertThat(run(check, rule("absent(up{job=~\"api\", namespace=\"prod\"})"))).containsExactly(finding(
        "promql/absent-matcher", Severity.WARNING, "/spec/groups/0/rules/0/expr", new Span(10, 20),
        "`job=~\"api\"` matches only the value `api`, but `absent()` returns no label for a regex matcher, so the"
            + " alert carries no `job` label.",
        "Write `job=\"api\"`: `absent()` then returns `job=\"api\"`."));
  }

  @Test
  void check_absentOverTimeInAnOr_warnsToo() {
    assertThat(run(check, rule("up == 0 or absent_over_time(up{job=~\"api\"}[5m])"))).singleElement()
        .satisfies(finding -> assertThat(finding.message()).contains("`absent_over_time()` returns no label"));
  }

  @Test
  void check_equalityMatcher_reportsNothing() {
    assertThat(run(check, rule("absent(up{job=\"api\"})"))).isEmpty();
  }

  /** A pattern, a choice of names, a negative matcher: "all of them are gone" is what such rules mean. */
  @ParameterizedTest
  @ValueSource(strings = {
      "absent(container_last_seen{container=~\".+-connect\",pod=~\".+-connect-.+\"})",
      "absent(up{job=~\"prometheus|prometheus-k8s\"})",
      "absent(up{job!=\"api\"})",
      "absent(up{job!~\"api\"})",
      "absent({__name__=~\"up\"})",
      "absent(sum(up{job=~\"api\"}))",
      "count(up{job=~\"api\"}) < 1"})
  void check_matchersWhereAllGoneIsMeant_reportsNothing(String expr) {
    assertThat(run(check, rule(expr))).isEmpty();
  }
}

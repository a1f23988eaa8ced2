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

class PromqlRateGaugeCheckTest {
  private final PromqlRateGaugeCheck check = new PromqlRateGaugeCheck();

  private static PrometheusRule rule(String expr) {
    return read(Fixtures.ruleFile("- {alert: Growing, expr: '" + expr + "'}"), PrometheusRule.class);
  }

  @Test
  void check_rateOfBytesGauge_warnsWithDeriv() {
    assertThat(run(check, rule("rate(container_memory_usage_bytes{pod=\"a\"}[5m]) > 1e6"))).containsExactly(finding(
        "promql/rate-gauge", Severity.WARNING, "/spec/groups/0/rules/0/expr", new Span(0, 47),
        "`rate(container_memory_usage_bytes{pod=\"a\"}[5m])` reads `container_memory_usage_bytes` as a counter, but"
            + " the name ends in `_bytes`, which is a gauge's: `rate` takes every fall as a counter reset, so the"
            + " result is not the gauge's change.",
        "Use a gauge function instead: `deriv(container_memory_usage_bytes{pod=\"a\"}[5m])` for its change per"
            + " second."));
  }

  @Test
  void check_increaseOfRatio_hintsDelta() {
    assertThat(run(check, rule("sum(increase(cache_hit_ratio[1h])) > 0.1"))).singleElement()
        .satisfies(finding -> assertThat(finding.hint()).hasValue(
            "Use a gauge function instead: `delta(cache_hit_ratio[1h])` for its change over the range."));
  }

  @Test
  void check_rateOfInfo_hintsAJoin() {
    assertThat(run(check, rule("irate(kube_pod_info[5m]) > 0"))).singleElement()
        .satisfies(finding -> assertThat(finding.hint().orElseThrow()).startsWith("An `_info` metric is 1"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "rate(node_network_receive_bytes_total[5m]) > 1e6",
      "deriv(container_memory_usage_bytes[5m]) > 1e6",
      "rate(http_request_duration_seconds_bucket[5m]) > 1",
      "rate(http_request_duration_seconds_count[5m]) > 1",
      "rate(node_vmstat_pgmajfault[5m]) > 500",
      "rate(ceph_osd_up[5m]) * 60 > 1",
      "rate(up[5m]) > 0",
      "rate(instance:node_network_receive_bytes:rate1m[5m]) > 1",
      "rate(max_over_time(container_memory_usage_bytes[1m])[5m:1m]) > 1"})
  void check_counterOrUnknownName_reportsNothing(String expr) {
    assertThat(run(check, rule(expr))).isEmpty();
  }
}

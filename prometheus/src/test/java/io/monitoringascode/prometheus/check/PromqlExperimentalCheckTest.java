package io.monitoringascode.prometheus.check;

import static io.monitoringascode.prometheus.check.Fixtures.finding;
import static io.monitoringascode.prometheus.check.Fixtures.read;
import static io.monitoringascode.prometheus.check.Fixtures.ruleFile;
import static io.monitoringascode.prometheus.check.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.finding.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PromqlExperimentalCheckTest {
  private final PromqlExperimentalCheck check = new PromqlExperimentalCheck();

  private List<Finding> check(String expr) {
    String quoted = "'" + expr.replace("'", "''") + "'";
    return run(check, read(ruleFile("- record: r\n  expr: " + quoted + "\n"), PrometheusRule.class));
  }

  @Test
  void check_experimentalFunction_warnsWithTheFlag() {
    assertThat(check("max(mad_over_time(x[5m]))")).containsExactly(finding("promql/experimental",
        Severity.WARNING, "/spec/groups/0/rules/0/expr", new Span(4, 17),
        "PromQL at 1:5: function \"mad_over_time\" is experimental and needs"
            + " --enable-feature=promql-experimental-functions, so Prometheus refuses the rule file unless the"
            + " feature is enabled.",
        "Start Prometheus with `--enable-feature=promql-experimental-functions` (Prometheus-Operator:"
            + " `spec.enableFeatures: [promql-experimental-functions]`), or do without it."));
  }

  @Test
  void check_experimentalAggregation_warns() {
    assertThat(check("limitk(2, x)")).extracting(Finding::severity).containsExactly(Severity.WARNING);
  }

  @ParameterizedTest
  @ValueSource(strings = {"max_over_time(x[5m])", "topk(2, x)", "sum by (job) (rate(x[5m]))"})
  void check_stableFunctions_reportNothing(String expr) {
    assertThat(check(expr)).isEmpty();
  }

  @Test
  void check_expressionThatDoesNotParse_isLeftToTheSyntaxCheck() {
    assertThat(check("mad_over_time(x[5m]")).isEmpty();
  }
}

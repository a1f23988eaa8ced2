package io.monitoringascode.loki.check;

import static io.monitoringascode.loki.check.LokiCheckFixture.runOnRules;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.finding.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogqlMetricQueryCheckTest {
  private final LogqlMetricQueryCheck check = new LogqlMetricQueryCheck();

  @Test
  void logQuery_inAlertingRule_reportsTheRuleAndTheAggregationToWrap() {
    List<Finding> findings = runOnRules(check, """
        groups:
          - name: logs
            rules:
              - alert: ServerErrors
                expr: '{app="api"} |= "status=500"'
        """);

    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.ruleId().value()).isEqualTo("logql/metric-query");
      assertThat(finding.severity()).isEqualTo(Severity.ERROR);
      assertThat(finding.location().pointer()).isEqualTo("/groups/0/rules/0/expr");
      assertThat(finding.location().span()).hasValue(new Span(0, 27));
      assertThat(finding.message()).isEqualTo("Alerting rule `ServerErrors` has the log query `{app=\"api\"} |="
          + " \"status=500\"`, so the Loki ruler fails with `rule result is not a vector or scalar` at every"
          + " evaluation.");
      assertThat(finding.hint()).hasValue("Turn it into a metric query with a range aggregation, such as"
          + " `sum(count_over_time({app=\"api\"} |= \"status=500\" [5m])) > 0`.");
    });
  }

  @Test
  void logQuery_inRecordingRule_namesTheRecord() {
    assertThat(runOnRules(check, "groups: [{name: g, rules: [{record: 'a:b:c', expr: '{app=\"api\"}'}]}]"))
        .extracting(Finding::message)
        .singleElement().asString().startsWith("Recording rule `a:b:c` has the log query");
  }

  @Test
  void metricQuery_fixed_passes() {
    assertThat(runOnRules(check, """
        groups:
          - name: logs
            rules:
              - alert: ServerErrors
                expr: 'sum(count_over_time({app="api"} |= "status=500" [5m])) > 0'
              - record: app:lines:rate5m
                expr: sum by (app) (rate({app=~".+"}[5m]))
        """)).isEmpty();
  }

  @Test
  void unparsableOrMissingExpression_isLeftToTheSyntaxCheck() {
    assertThat(runOnRules(check, "groups: [{name: g, rules: [{alert: A, expr: '{app=\"x\" |='}, {alert: B}]}]"))
        .isEmpty();
  }
}

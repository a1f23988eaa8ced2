package io.monitoringascode.loki.check;

import static io.monitoringascode.loki.check.LokiCheckFixture.runOnRules;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogqlDuplicateRecordCheckTest {
  private final LogqlDuplicateRecordCheck check = new LogqlDuplicateRecordCheck();

  @Test
  void sameNameLabelsAndExpression_warns() {
    List<Finding> findings = runOnRules(check, """
        groups:
          - name: a
            rules: [{record: 'app:lines:rate5m', expr: 'sum by (app) (rate({app=~".+"}[5m]))'}]
          - name: b
            rules: [{record: 'app:lines:rate5m', expr: 'sum by (app) (rate({app=~".+"}[5m]))'}]
        """);

    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.ruleId().value()).isEqualTo("logql/duplicate-record");
      assertThat(finding.severity()).isEqualTo(Severity.WARNING);
      assertThat(finding.location().pointer()).isEqualTo("/groups/1/rules/0/record");
      assertThat(finding.message()).isEqualTo("Recording rule `app:lines:rate5m` repeats group 0, rule 0 with the same"
          + " expression and labels, so both write the same series and overwrite each other's samples.");
      assertThat(finding.hint()).hasValue("Remove one of the two rules.");
    });
  }

  @Test
  void sameNameDifferentExpression_isAdvice() {
    assertThat(runOnRules(check, """
        groups:
          - name: a
            rules:
              - {record: 'app:lines:rate5m', expr: 'sum by (app) (rate({app="a"}[5m]))'}
              - {record: 'app:lines:rate5m', expr: 'sum by (app) (rate({app="b"}[5m]))'}
        """)).extracting(Finding::severity).containsExactly(Severity.INFO);
  }

  @Test
  void differentLabels_andAlerts_pass() {
    assertThat(runOnRules(check, """
        groups:
          - name: a
            rules:
              - {record: 'app:lines:rate5m', expr: 'vector(1)', labels: {tier: a}}
              - {record: 'app:lines:rate5m', expr: 'vector(1)', labels: {tier: b}}
              - {alert: A, expr: 'vector(1)'}
              - {alert: A, expr: 'vector(1)'}
        """)).isEmpty();
  }
}

package io.monitoringascode.loki.check;

import static io.monitoringascode.loki.check.LokiCheckFixture.runOnRules;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogqlRuleKindCheckTest {
  private final LogqlRuleKindCheck check = new LogqlRuleKindCheck();

  @Test
  void recordingRuleWithFor_reportsTheKey() {
    List<Finding> findings = runOnRules(check, """
        groups:
          - name: logs
            rules:
              - record: app:lines:rate5m
                expr: sum by (app) (rate({app=~".+"}[5m]))
                for: 5m
        """);

    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.ruleId().value()).isEqualTo("logql/rule-kind");
      assertThat(finding.severity()).isEqualTo(Severity.ERROR);
      assertThat(finding.location().pointer()).isEqualTo("/groups/0/rules/0/for");
      assertThat(finding.message()).isEqualTo("Recording rule `app:lines:rate5m` has `for: 5m`, which only alerting"
          + " rules take, so the Loki ruler refuses the rules file and none of its rules are evaluated.");
      assertThat(finding.hint()).hasValue("Remove `for`, or make the rule an alerting rule with `alert`.");
    });
  }

  @Test
  void bothNeitherAndAnnotations_eachReported() {
    List<Finding> findings = runOnRules(check, """
        groups:
          - name: logs
            rules:
              - {alert: A, record: 'a:b:c', expr: 'vector(1)'}
              - {expr: 'vector(1)'}
              - {record: 'a:b:c', expr: 'vector(1)', annotations: {summary: x}}
        """);

    assertThat(findings).extracting(finding -> finding.location().pointer())
        .containsExactly("/groups/0/rules/0", "/groups/0/rules/1", "/groups/0/rules/2/annotations");
    assertThat(findings.get(0).message()).startsWith("Rule sets both `alert: A` and `record: a:b:c`");
  }

  @Test
  void alertingRuleWithFor_andZeroForOnRecording_pass() {
    assertThat(runOnRules(check, """
        groups:
          - name: logs
            rules:
              - {alert: A, expr: 'vector(1)', for: 5m, annotations: {summary: x}}
              - {record: 'a:b:c', expr: 'vector(1)', for: 0s}
        """)).isEmpty();
  }
}

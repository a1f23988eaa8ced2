package io.monitoringascode.loki.check;

import static io.monitoringascode.loki.check.LokiCheckFixture.runOnRules;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogqlRecordNameCheckTest {
  private final LogqlRecordNameCheck check = new LogqlRecordNameCheck();

  @Test
  void nameWithoutLevelAndOperations_isAdvice() {
    List<Finding> findings = runOnRules(check,
        "groups: [{name: g, rules: [{record: server_errors, expr: 'vector(1)'}]}]");

    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.ruleId().value()).isEqualTo("logql/record-name");
      assertThat(finding.severity()).isEqualTo(Severity.INFO);
      assertThat(finding.location().pointer()).isEqualTo("/groups/0/rules/0/record");
      assertThat(finding.message()).isEqualTo("Recording rule name `server_errors` does not follow"
          + " `level:metric:operations`, so in Prometheus its series cannot be told apart from scraped ones by name.");
      assertThat(finding.hint()).hasValue("Rename it to the aggregation level, the metric and the operations, such as"
          + " `app:server_errors:rate5m`.");
    });
  }

  @Test
  void conventionalNames_alertsAndInvalidNames_pass() {
    assertThat(runOnRules(check, """
        groups:
          - name: g
            rules:
              - {record: 'app:log_lines:rate5m', expr: 'vector(1)'}
              - {record: 'namespace_job:loki_bytes:sum_rate1m', expr: 'vector(1)'}
              - {alert: ServerErrors, expr: 'vector(1)'}
              - {record: 'not valid', expr: 'vector(1)'}
        """)).isEmpty();
  }
}

package io.monitoringascode.loki.check;

import static io.monitoringascode.loki.check.LokiCheckFixture.runOnRules;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogqlDuplicateGroupCheckTest {
  private final LogqlDuplicateGroupCheck check = new LogqlDuplicateGroupCheck();

  @Test
  void repeatedGroupName_reportsTheSecond() {
    List<Finding> findings = runOnRules(check, """
        groups:
          - {name: fake-logs, rules: [{alert: A, expr: 'vector(1)'}]}
          - {name: fake-logs, rules: [{alert: B, expr: 'vector(1)'}]}
        """);

    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.ruleId().value()).isEqualTo("logql/duplicate-group");
      assertThat(finding.severity()).isEqualTo(Severity.ERROR);
      assertThat(finding.location().pointer()).isEqualTo("/groups/1/name");
      assertThat(finding.message()).isEqualTo("Group name `fake-logs` is already used by group 0, so the Loki ruler"
          + " refuses the rules file and none of its rules are evaluated.");
      assertThat(finding.hint()).hasValue("Rename one of the two groups, or merge their rules into one group.");
    });
  }

  @Test
  void distinctNames_pass() {
    assertThat(runOnRules(check, "groups: [{name: a}, {name: b}, {rules: []}]")).isEmpty();
  }
}

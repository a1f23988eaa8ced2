package io.monitoringascode.loki.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.finding.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogqlSyntaxCheckTest {
  private final LogqlSyntaxCheck check = new LogqlSyntaxCheck();

  @Test
  void reportsEachProblemAtItsExpressionWithTheSpanAndHint() {
    List<Finding> findings = run("""
        groups:
          - name: logs
            rules:
              - alert: Fine
                expr: sum(count_over_time({app="api"} |= "error" [5m])) > 0
              - alert: EmptyFilter
                expr: '{app="x"} |= '
        """);

    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.ruleId().value()).isEqualTo("logql/syntax");
      assertThat(finding.severity()).isEqualTo(Severity.ERROR);
      assertThat(finding.location().pointer()).isEqualTo("/groups/0/rules/1/expr");
      assertThat(finding.location().span()).hasValue(new Span(13, 13));
      assertThat(finding.message()).isEqualTo("LogQL error at 1:14: syntax error: unexpected $end, expecting STRING or"
          + " ip, so the Loki ruler refuses the rule group and none of its rules are evaluated.");
      assertThat(finding.hint()).hasValueSatisfying(hint -> assertThat(hint).startsWith("A line filter needs a string"));
    });
  }

  @Test
  void aTemplateLokiAcceptsButCannotRunIsAWarning() {
    List<Finding> findings = run("""
        groups:
          - name: logs
            rules:
              - record: app:lines
                expr: 'sum(count_over_time({app="x"} | line_format "{{.msg" [5m]))'
        """);

    assertThat(findings).extracting(Finding::severity).containsExactly(Severity.WARNING);
  }

  @Test
  void ignoresRulesWithoutATextualExpression() {
    assertThat(run("groups:\n  - name: a\n    rules:\n      - alert: A\n      - record: b\n        expr: 1\n")).isEmpty();
  }

  private List<Finding> run(String yaml) {
    return check.run(DocumentReader.read(yaml).get(0), CheckContext.none());
  }
}

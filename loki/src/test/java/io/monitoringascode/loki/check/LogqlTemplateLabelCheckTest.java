package io.monitoringascode.loki.check;

import static io.monitoringascode.loki.check.LokiCheckFixture.runOnRules;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.finding.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogqlTemplateLabelCheckTest {
  private final LogqlTemplateLabelCheck check = new LogqlTemplateLabelCheck();

  @Test
  void labelDroppedBySumBy_reportsTheReference() {
    List<Finding> findings = runOnRules(check, """
        groups:
          - name: logs
            rules:
              - alert: ServerErrors
                expr: sum by (http_method) (rate({app="fake-logs"} | json | http_status=~"5.." [5m])) > 1
                annotations:
                  summary: '{{ $labels.http_method }} requests to {{ $labels.pod }} fail'
        """);

    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.ruleId().value()).isEqualTo("logql/template-label");
      assertThat(finding.severity()).isEqualTo(Severity.ERROR);
      assertThat(finding.location().pointer()).isEqualTo("/groups/0/rules/0/annotations/summary");
      assertThat(finding.location().span()).hasValue(new Span(41, 52));
      assertThat(finding.message()).isEqualTo("Annotation `summary` prints `$labels.pod`, but no series of `(sum by"
          + " (http_method)(rate({app=\"fake-logs\"} | json | http_status=~\"5..\"[5m])) > 1)` carries the label `pod`,"
          + " so it is always empty.");
      assertThat(finding.hint()).hasValue("Keep `pod` in the query (for example in `by (...)`), or remove it from the"
          + " template.");
    });
  }

  @Test
  void aggregationWithoutGrouping_andDotLabels_reported() {
    assertThat(runOnRules(check, """
        groups:
          - name: logs
            rules:
              - alert: A
                expr: sum(count_over_time({app="x"}[5m])) > 0
                labels:
                  team: '{{ .Labels.app }}'
        """)).extracting(finding -> finding.location().pointer()).containsExactly("/groups/0/rules/0/labels/team");
  }

  @Test
  void templateWithABlock_stillReportsAnUnguardedLabel_butNotQuotedText() {
    assertThat(runOnRules(check, """
        groups:
          - name: logs
            rules:
              - alert: A
                expr: sum by (app) (count_over_time({app="x"}[5m])) > 0
                annotations:
                  summary: '{{ if $labels.app }}{{ $labels.app }}{{ end }} on {{ $labels.pod }} {{ "$labels.node" }}'
        """)).extracting(finding -> finding.message())
        .singleElement().satisfies(message -> assertThat(message).contains("prints `$labels.pod`"));
  }

  @Test
  void keptLabels_unknownLabels_andGuardedTemplates_pass() {
    assertThat(runOnRules(check, """
        groups:
          - name: logs
            rules:
              - alert: KeptByGrouping
                expr: sum by (cluster, job, pod) (count_over_time({namespace="prod"} |~ "secret" [5m])) > 0
                annotations:
                  message: '{{ $labels.job }} on {{ $labels.pod }} leaks secrets'
              - alert: StreamLabelsUnknown
                expr: count_over_time({app="x"} | json [5m]) > 0
                annotations:
                  summary: '{{ $labels.anything }}'
              - alert: Guarded
                expr: sum(rate({app="x"}[5m])) > 0
                annotations:
                  summary: '{{ if $labels.pod }}{{ $labels.pod }}{{ end }}'
              - alert: Ratio
                expr: sum(rate({app="x"} |= "error" [5m])) by (job) / sum(rate({app="x"}[5m])) by (job) > 0.05
                annotations:
                  summary: '{{ $labels.job }}'
        """)).isEmpty();
  }
}

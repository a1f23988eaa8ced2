package io.monitoringascode.prometheus.check;

import static io.monitoringascode.prometheus.check.Fixtures.finding;
import static io.monitoringascode.prometheus.check.Fixtures.read;
import static io.monitoringascode.prometheus.check.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.finding.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleTemplateLabelCheckTest {
  private final RuleTemplateLabelCheck check = new RuleTemplateLabelCheck();

  private List<io.monitoringascode.core.finding.Finding> check(String rules) {
    return run(check, read(Fixtures.ruleFile(rules), PrometheusRule.class));
  }

  @Test
  void check_absentWithLabelNotMatchedByEquality_errorsAtTheReference() {
    assertThat(check("""
        - alert: Missing
          expr: absent(up{job="app", instance=~"a.*"})
          annotations: {summary: "{{ $labels.job }} on {{ $labels.instance }} is gone"}
        """)).containsExactly(finding("rule/template-label", Severity.ERROR,
        "/spec/groups/0/rules/0/annotations/summary", new Span(24, 40),
        "Annotation `summary` prints `$labels.instance`, but no series of `absent(up{instance=~\"a.*\",job=\"app\"})`"
            + " carries the label `instance`, so it is always empty.",
        "`absent()` returns only the labels its selector matches with `=`: match `instance` with `=` in the"
            + " selector, or write the value into the text."));
  }

  @Test
  void check_aggregationDroppingTheLabel_errorsForLabelsAndDotLabels() {
    assertThat(check("""
        - alert: Down
          expr: sum by (job) (up) == 0
          labels: {team: "{{ .Labels.team }}"}
          annotations: {summary: "{{ index $labels \\"instance\\" }}", job: "{{ $labels.job }}"}
        """)).extracting(finding -> finding.location().pointer() + " " + finding.severity())
        .containsExactly("/spec/groups/0/rules/0/labels/team ERROR",
            "/spec/groups/0/rules/0/annotations/summary ERROR");
  }

  @Test
  void check_orBranchWithoutTheLabel_warns() {
    assertThat(check("""
        - alert: Down
          expr: sum by (job) (up) == 0 or vector(1)
          annotations: {summary: "{{ $labels.job }}"}
        """)).singleElement().satisfies(finding -> {
          assertThat(finding.severity()).isEqualTo(Severity.WARNING);
          assertThat(finding.message()).contains("whenever the alert comes from `vector(1)`");
        });
  }

  @Test
  void check_labelsThatMayBePresent_reportsNothing() {
    assertThat(check("""
        - alert: Down
          expr: up{job="a"} == 0 and on (instance) node_info * on (instance) group_left (node) kube_node_info
          annotations: {summary: "{{ $labels.instance }} {{ $labels.node }} {{ $labels.anything }}"}
        - alert: Joined
          expr: label_replace(sum by (job) (up), "target", "$1", "job", "(.*)") == 0
          annotations: {summary: "{{ $labels.target }}"}
        """)).isEmpty();
  }

  @Test
  void check_guardedReferencesAndRecordingRules_reportNothing() {
    assertThat(check("""
        - alert: Guarded
          expr: sum(up) == 0
          annotations:
            summary: "{{ if $labels.instance }}on {{ $labels.instance }}{{ end }}"
            runbook: "{{ with $labels.pod }}{{ . }}{{ end }}"
        - alert: Broken
          expr: sum(up) == 0
          annotations: {summary: "{{ $labels.instance "}
        - alert: BadExpr
          expr: sum(up ==
          annotations: {summary: "{{ $labels.instance }}"}
        - record: job:up:sum
          expr: sum(up)
          labels: {instance: "{{ $labels.instance }}"}
        """)).isEmpty();
  }
}

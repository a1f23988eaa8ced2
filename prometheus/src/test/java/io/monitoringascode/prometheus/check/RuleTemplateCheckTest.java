package io.monitoringascode.prometheus.check;

import static io.monitoringascode.prometheus.check.Fixtures.finding;
import static io.monitoringascode.prometheus.check.Fixtures.read;
import static io.monitoringascode.prometheus.check.Fixtures.ruleFile;
import static io.monitoringascode.prometheus.check.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.finding.Span;
import org.junit.jupiter.api.Test;

class RuleTemplateCheckTest {
  private final RuleTemplateCheck check = new RuleTemplateCheck();

  @Test
  void check_unclosedAction_reportsErrorWithSpan() {
    PrometheusRule rule = read(ruleFile("""
        - alert: TargetDown
          expr: up == 0
          annotations:
            summary: "Target {{ $labels.instance is down"
        """), PrometheusRule.class);

    assertThat(run(check, rule)).containsExactly(finding("rule/template", Severity.ERROR,
        "/spec/groups/0/rules/0/annotations/summary", new Span(7, 34),
        "Annotation `summary` is not a valid template (unclosed action), so Prometheus refuses the rule file and none"
            + " of its rules are loaded.",
        "Close the action with `}}`, or write `{{ \"{{\" }}` for literal braces."));
  }

  @Test
  void check_misspeltFunction_suggestsTheKnownOne() {
    PrometheusRule rule = read(ruleFile("""
        - alert: HighLoad
          expr: load1 > 4
          labels:
            value: "{{ humanise $value }}"
        """), PrometheusRule.class);

    assertThat(run(check, rule)).containsExactly(finding("rule/template", Severity.ERROR,
        "/spec/groups/0/rules/0/labels/value", new Span(3, 11),
        "Label `value` calls `humanise`, which Prometheus templates do not define, so Prometheus refuses the rule"
            + " file and none of its rules are loaded.",
        "Use `humanize`."));
  }

  @Test
  void check_undeclaredVariable_suggestsTheKnownOne() {
    PrometheusRule rule = read(ruleFile("""
        - alert: A
          expr: up == 0
          annotations:
            summary: "{{ $label.job }}"
        """), PrometheusRule.class);

    assertThat(run(check, rule)).singleElement().satisfies(f -> {
      assertThat(f.message()).isEqualTo("Annotation `summary` uses `$label`, which is not declared, so Prometheus"
          + " refuses the rule file and none of its rules are loaded.");
      assertThat(f.hint()).hasValue("Use `$labels`.");
    });
  }

  @Test
  void check_everyConstructPrometheusAccepts_reportsNothing() {
    PrometheusRule rule = read(ruleFile("""
        - alert: A
          expr: up == 0
          labels:
            severity: "{{ if gt $value 10.0 }}critical{{ else }}warning{{ end }}"
          annotations:
            a: "{{ $labels.instance }} {{ .Labels.job }} {{ $value | humanizePercentage }}"
            b: "{{ range $i, $s := query \\"up\\" }}{{ $s.Labels.job }}{{ end }}"
            c: "{{- /* comment */ -}} {{ `}}` }} {{ \\"}}\\" }} {{ $externalLabels.cluster }} {{ $externalURL }}"
            d: "{{ with $labels.pod }}{{ . | toUpper }}{{ else }}none{{ end }} {{ reReplaceAll \\"(.+):.*\\" \\"$1\\" $labels.instance }}"
        """), PrometheusRule.class);

    assertThat(run(check, rule)).isEmpty();
  }

  @Test
  void check_recordingRuleLabels_areNotTemplates() {
    PrometheusRule rule = read(ruleFile("""
        - record: job:up:sum
          expr: sum by (job) (up)
          labels: {note: "{{ not a template"}
        """), PrometheusRule.class);

    assertThat(run(check, rule)).isEmpty();
  }
}

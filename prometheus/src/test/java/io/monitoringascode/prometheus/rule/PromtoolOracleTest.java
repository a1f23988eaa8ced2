package io.monitoringascode.prometheus.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.DocumentChecker;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.render.Canonical;
import io.monitoringascode.core.schema.CrdSchemas;
import io.monitoringascode.prometheus.check.PrometheusChecks;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * promtool as the oracle: what the builders render, Prometheus accepts, and what Prometheus refuses, our checks
 * report as errors too. promtool 2.42 (Debian) does not know group {@code labels} (3.0) or {@code query_offset}
 * (2.53), so the rendered rules here use neither.
 */
@Tag("oracle")
class PromtoolOracleTest {
  private static final DocumentChecker CHECKER = new DocumentChecker(PrometheusChecks.types(), CrdSchemas.bundled());

  @Test
  void promtool_builderMadeTutorialRules_acceptsThem() throws Exception {
    Promtool.Result result = Promtool.require().checkRules(Promtool.rulesFile(TutorialRules.ruleFile()
        .toPrometheusRule()));

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("SUCCESS: 4 rules found");
  }

  static Stream<Arguments> brokenRules() {
    return Stream.of(
        Arguments.of("rule/duration", "- {alert: A, expr: up == 0, for: \"30\"}"),
        Arguments.of("rule/template", "- {alert: A, expr: up == 0, annotations: {s: \"{{ $labels.x \"}}"),
        Arguments.of("rule/template", "- {alert: A, expr: up == 0, annotations: {s: \"{{ humanise $value }}\"}}"),
        Arguments.of("rule/template", "- {alert: A, expr: up == 0, labels: {s: \"{{ if true }}x\"}}"),
        Arguments.of("rule/kind", "- {record: \"a:b\", expr: up, for: 5m}"),
        Arguments.of("rule/name", "- {record: \"job-x:up\", expr: up}"),
        Arguments.of("promql/syntax", "- {alert: A, expr: \"sum(up\"}"),
        Arguments.of("promql/syntax", "- {alert: A, expr: \"\"}"));
  }

  @ParameterizedTest
  @MethodSource("brokenRules")
  void promtoolAndChecks_brokenRule_bothReject(String ruleId, String rules) throws Exception {
    String rulesYaml = "groups:\n  - name: g\n    rules:\n" + rules.indent(6);
    PrometheusRule wrapped = Canonical.fromTree(Canonical.yamlReader().readTree(
        "apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata: {name: x}\nspec:\n"
            + rulesYaml.indent(2)), PrometheusRule.class);

    Promtool.Result result = Promtool.require().checkRules(rulesYaml);
    // rule/name is a warning by default because Prometheus 3 accepts UTF-8 names; promtool 2.42 refuses them.
    var findings = CHECKER.check(Canonical.toTree(wrapped), "x.yaml", 0, CheckContext.none()).findings();

    assertThat(result.exitCode()).as(result.output()).isNotZero();
    assertThat(findings).extracting(f -> f.ruleId().value()).contains(ruleId);
    assertThat(findings.stream().filter(f -> f.ruleId().value().equals(ruleId)).map(Finding::severity))
        .allMatch(severity -> ruleId.equals("rule/name") || severity == io.monitoringascode.core.finding.Severity.ERROR);
  }

  @Test
  void promtool_duplicateGroupNames_rejectsAsOurCheckDoes() throws Exception {
    String rulesYaml = """
        groups:
          - name: g
            rules: [{alert: A, expr: up == 0}]
          - name: g
            rules: [{alert: B, expr: up == 0}]
        """;

    Promtool.Result result = Promtool.require().checkRules(rulesYaml);

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.output()).contains("is repeated in the same file");
  }
}

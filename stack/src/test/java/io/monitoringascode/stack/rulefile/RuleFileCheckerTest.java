package io.monitoringascode.stack.rulefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.SharedData;
import io.monitoringascode.core.check.SeverityOverrides;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.Report;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.finding.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleFileCheckerTest {
  private static final String PROMETHEUS_FILE = """
      groups:
        - name: api
          rules:
            - alert: ApiDown
              expr: up{job="api"} == 0
              for: 5m
            - record: job:requests:rate5m
              expr: sum by (job) rate(http_requests_total[5m])
      """;
  private static final String LOKI_FILE = """
      groups:
        - name: logs
          rules:
            - alert: ManyErrors
              expr: sum by (app) (count_over_time({namespace="prod"} |= "error" [5m])) > 10
              for: 10m
            - alert: Panics
              expr: sum(count_over_time({app="api"} |= [5m])) > 0
      """;

  private final RuleFileChecker checker = new RuleFileChecker();

  @Test
  void recognisesAPlainRulesFileButNotAKubernetesObject() {
    assertThat(checker.recognises(read(PROMETHEUS_FILE))).isTrue();
    assertThat(checker.recognises(read("apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nspec:\n  groups: []\n")))
        .isFalse();
    assertThat(checker.recognises(read("groups: none\n"))).isFalse();
  }

  @Test
  void tellsTheLanguageByTheExpressions() {
    assertThat(checker.language(read(PROMETHEUS_FILE))).isEqualTo(RuleLanguage.PROMQL);
    assertThat(checker.language(read(LOKI_FILE))).isEqualTo(RuleLanguage.LOGQL);
  }

  @Test
  void reportsAPromqlErrorAtItsPlaceInTheFile() {
    Report report = check(PROMETHEUS_FILE);

    assertThat(report.findings()).singleElement().satisfies(finding -> {
      assertThat(finding.ruleId().value()).isEqualTo("promql/syntax");
      assertThat(finding.location()).isEqualTo(new Location(Optional.of("rules.yaml"), 0,
          "/groups/0/rules/1/expr", Optional.of(new Span(13, 17))));
      assertThat(finding.message()).contains("unexpected identifier \"rate\" in aggregation");
      assertThat(finding.hint()).hasValue(
          "Wrap the aggregated expression in parentheses: `sum by (job) (rate(http_requests_total[5m]))`.");
    });
  }

  @Test
  void reportsALogqlErrorAndNoPromqlFindingInALokiFile() {
    Report report = check(LOKI_FILE);

    assertThat(report.findings()).extracting(f -> f.ruleId().value(), f -> f.location().pointer(), Finding::severity)
        .containsExactly(tuple("logql/syntax", "/groups/0/rules/1/expr", Severity.ERROR));
    assertThat(report.findings().get(0).message()).contains("unexpected RANGE");
  }

  @Test
  void runsTheRuleChecksAndTheClosedSchemaOnTheFile() {
    Report report = check(PROMETHEUS_FILE.replace("for: 5m", "for: 5 minutes")
        .replace("expr: sum by (job) rate", "expresion: sum by (job) rate"));

    assertThat(report.findings()).extracting(f -> f.ruleId().value() + " " + f.location().pointer())
        .contains("rule/duration /groups/0/rules/0/for", "schema/unknown-field /groups/0/rules/1/expresion")
        .noneMatch(line -> line.contains("/metadata") || line.startsWith("wiring/"));
  }

  @Test
  void lokiFile_getsTheLokiRuleChecksInsteadOfThePrometheusOnes() {
    Report report = check("""
        groups:
          - name: logs
            rules:
              - record: app:lines:rate5m
                expr: sum by (app) (count_over_time({namespace="prod"}[5m]))
                for: 5m
              - alert: Errors
                expr: '{namespace="prod"} |= "error"'
          - name: logs
            rules:
              - alert: ManyErrors
                expr: sum by (app) (count_over_time({namespace="prod"} |= "error" [5m])) > 10
                annotations:
                  summary: '{{ $labels.pod }} logs errors'
        """);

    assertThat(report.findings()).extracting(f -> f.ruleId().value() + " " + f.location().pointer())
        .containsExactly("logql/rule-kind /groups/0/rules/0/for", "logql/metric-query /groups/0/rules/1/expr",
            "logql/duplicate-group /groups/1/name", "logql/template-label /groups/1/rules/0/annotations/summary");
  }

  @Test
  void lokiRulesInTheStyleOfLokisDocs_raiseNoFinding() {
    assertThat(check("""
        groups:
          - name: should_fire
            rules:
              - alert: HighPercentageError
                expr: |
                  sum(rate({app="foo", env="production"} |= "error" [5m])) by (job)
                    /
                  sum(rate({app="foo", env="production"}[5m])) by (job)
                    > 0.05
                for: 10m
                labels:
                  severity: page
                annotations:
                  summary: '{{ $labels.job }} logs errors'
          - name: credentials_leak
            rules:
              - alert: http-credentials-leaked
                annotations:
                  message: '{{ $labels.job }} is leaking http basic auth credentials.'
                expr: 'sum by (cluster, job, pod) (count_over_time({namespace="prod"} |~ "http(s?)://(\\\\w+):(\\\\w+)@" [5m]) > 0)'
                for: 10m
                labels:
                  severity: critical
          - name: recording
            rules:
              - record: job:loki_log_lines:rate5m
                expr: sum by (job) (rate({namespace="prod"}[5m]))
        """).findings()).isEmpty();
  }

  @Test
  void lokisMixin_isPrometheusRulesAboutLoki_soNoLogqlFinding() throws IOException {
    for (Path file : SharedData.files(SharedData.require("reference", "loki", "6.41.1", "loki-mixin-compiled"),
        ".yaml")) {
      JsonNode document = read(Files.readString(file));
      Report report = checker.check(document, file.toString(), 0, SeverityOverrides.none());

      assertThat(checker.language(document)).as(file.toString()).isEqualTo(RuleLanguage.PROMQL);
      assertThat(report.findings()).as(report.toText()).noneMatch(f -> f.ruleId().area().equals("logql"));
    }
  }

  @Test
  void severityOverridesApplyToLogqlFindings() {
    Report report = checker.check(read(LOKI_FILE), "rules.yaml", 0,
        SeverityOverrides.parse("logql/syntax=warning"));

    assertThat(report.findings()).extracting(Finding::severity).containsExactly(Severity.WARNING);
  }

  @Test
  void debiansCephAlertsRaiseNoError() throws IOException {
    Path ceph = SharedData.installed("ceph-prometheus-alerts", "/etc/prometheus/ceph/ceph_default_alerts.yml");

    Report report = checker.check(read(Files.readString(ceph)), ceph.toString(), 0, SeverityOverrides.none());

    assertThat(report.errors()).as(report.toText()).isEmpty();
  }

  @Test
  void realWorldRulesFilesAndLokisMixinRaiseNoErrorButTheirTrueTemplateLabelFindings() throws IOException {
    List<Path> files = new ArrayList<>(
        SharedData.files(SharedData.require("corpus", "real-world", "rules-file"), ".yaml", ".yml"));
    files.addAll(SharedData.files(SharedData.require("reference", "loki", "6.41.1", "loki-mixin-compiled"), ".yaml"));

    int templateLabels = 0;
    for (Path file : files) {
      JsonNode document = read(Files.readString(file));
      Report report = checker.check(document, file.toString(), 0, SeverityOverrides.none());
      // The true findings, listed with their reasons in prometheus/README.md: awesome-prometheus-alerts prints
      // $labels.instance after absent(), sum by (job), count() and vector(1).
      List<Finding> templateLabelErrors = report.errors().stream()
          .filter(f -> f.ruleId().value().equals("rule/template-label")).toList();
      assertThat(report.errors()).as(file + "\n" + report.toText()).containsExactlyElementsOf(templateLabelErrors);
      templateLabels += templateLabelErrors.size();
      assertThat(checker.language(document)).as(file.toString()).isEqualTo(RuleLanguage.PROMQL);
    }
    assertThat(files).hasSizeGreaterThan(2);
    assertThat(templateLabels).isEqualTo(6);
  }

  private Report check(String text) {
    return checker.check(read(text), "rules.yaml", 0, SeverityOverrides.none());
  }

  private static JsonNode read(String text) {
    return DocumentReader.read(text).get(0);
  }
}

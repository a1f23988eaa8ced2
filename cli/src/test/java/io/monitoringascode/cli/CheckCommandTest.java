package io.monitoringascode.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.monitoringascode.core.SharedData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CheckCommandTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String GOOD_MONITOR = """
      apiVersion: monitoring.coreos.com/v1
      kind: ServiceMonitor
      metadata:
        name: demo
        labels:
          release: prometheus
      spec:
        selector:
          matchLabels:
            app: demo
        endpoints:
          - port: http
            interval: 30s
      """;

  private static final String GOOD_RULE = """
      apiVersion: monitoring.coreos.com/v1
      kind: PrometheusRule
      metadata:
        name: demo-rules
        labels:
          release: prometheus
      spec:
        groups:
          - name: demo
            rules:
              - alert: DemoDown
                expr: up{job="demo"} == 0
                for: 5m
                labels:
                  severity: critical
                annotations:
                  summary: Demo is down.
                  description: No target of job demo answers.
      """;

  private static final String RULE_WITHOUT_RELEASE = GOOD_RULE.replace("release: prometheus", "app: demo");

  private static final String MONITOR_WITH_NUMBER_INTERVAL = GOOD_MONITOR.replace("interval: 30s", "interval: 30");

  private static final String SLACK_URL_IN_PLAIN_TEXT = """
      apiVersion: monitoring.coreos.com/v1alpha1
      kind: AlertmanagerConfig
      metadata:
        name: slack
        labels:
          release: prometheus
      spec:
        route:
          receiver: slack
        receivers:
          - name: slack
            slackConfigs:
              - apiURL: https://hooks.slack.com/services/T000/B000/XXXX
                channel: "#alerts"
      """;

  private static final String ROUTE_TO_UNDEFINED_RECEIVER = """
      apiVersion: monitoring.coreos.com/v1alpha1
      kind: AlertmanagerConfig
      metadata:
        name: routing
        labels:
          release: prometheus
      spec:
        route:
          receiver: pagerduty
          routes:
            - receiver: slack
              matchers:
                - name: severity
                  value: critical
        receivers:
          - name: slack
            slackConfigs:
              - apiURL:
                  name: slack-webhook-secret
                  key: webhook-url
                channel: "#alerts"
      """;

  @TempDir
  Path dir;

  @Test
  void check_goodFiles_exitsZeroWithCounts() {
    write("monitor.yaml", GOOD_MONITOR);
    write("rules.yaml", GOOD_RULE);

    Run run = mac("check", "--release", "prometheus", dir.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("0 errors, ").endsWith("\nchecked 2 documents in 2 files\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void check_documentsOfOtherKinds_areSkippedAndCounted() {
    write("app.yaml", """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: demo
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: demo
          labels:
            app: demo
        spec:
          ports:
            - name: http
              port: 8080
        """);
    write("monitor.yaml", GOOD_MONITOR);

    Run run = mac("check", dir.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).isEqualTo(
        "0 errors, 0 warnings, 0 infos\nchecked 1 document in 2 files, skipped 2 documents of other kinds\n");
  }

  @Test
  void check_fourMistakesInOneRun_reportsEveryErrorAndExitsOne() {
    write("rules.yaml", RULE_WITHOUT_RELEASE);
    write("monitor.yaml", MONITOR_WITH_NUMBER_INTERVAL);
    write("slack.yaml", SLACK_URL_IN_PLAIN_TEXT);
    write("routing.yaml", ROUTE_TO_UNDEFINED_RECEIVER);

    Run run = mac("check", "--format", "json", "--release", "prometheus", dir.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    List<JsonNode> errors = findings(run).stream()
        .filter(f -> f.get("severity").asText().equals("error"))
        .collect(Collectors.toList());
    assertThat(errors).as(run.out())
        .anySatisfy(f -> assertFinding(f, name("rules.yaml"), "/metadata/labels", "wiring/selection-label"))
        .anySatisfy(f -> {
          // Reported by the schema, the duration check, or both: the rule id is theirs to choose.
          assertThat(f.get("file").asText()).isEqualTo(name("monitor.yaml"));
          assertThat(f.get("path").asText()).isEqualTo("/spec/endpoints/0/interval");
        })
        .anySatisfy(f -> assertFinding(f, name("slack.yaml"), "/spec/receivers/0/slackConfigs/0/apiURL",
            "secret/plaintext"))
        .anySatisfy(f -> assertFinding(f, name("routing.yaml"), "/spec/route/receiver", "alerting/undefined-receiver"));
  }

  @Test
  void check_jsonFormat_writesEveryFieldOfAFinding() throws IOException {
    write("routing.yaml", ROUTE_TO_UNDEFINED_RECEIVER);

    Run run = mac("check", "--format", "json", dir.resolve("routing.yaml").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(findings(run)).hasSize(1);
    JsonNode finding = findings(run).get(0);
    assertThat(fieldNames(finding))
        .containsExactly("file", "document", "path", "line", "column", "ruleId", "severity", "message", "hint");
    assertThat(finding).isEqualTo(JSON.readTree("""
        {
          "file": "%s",
          "document": 0,
          "path": "/spec/route/receiver",
          "line": 9,
          "column": 5,
          "ruleId": "alerting/undefined-receiver",
          "severity": "error",
          "message": "Receiver `pagerduty` is not defined in `spec.receivers`, so the operator rejects this AlertmanagerConfig and none of its routes take effect.",
          "hint": "Add a receiver named `pagerduty` to `spec.receivers`."
        }
        """.formatted(name("routing.yaml"))));
    assertThat(run.err()).isEmpty();
  }

  @Test
  void check_multiDocumentFile_locatesFindingInSecondDocument() {
    write("both.yaml", GOOD_RULE + "---\n" + MONITOR_WITH_NUMBER_INTERVAL);

    Run run = mac("check", "--format", "json", dir.toString());

    assertThat(findings(run)).as(run.out()).anySatisfy(f -> {
      assertThat(f.get("document").asInt()).isEqualTo(1);
      assertThat(f.get("path").asText()).isEqualTo("/spec/endpoints/0/interval");
    });
  }

  @Test
  void check_emptyDocuments_areSkippedButCounted() {
    write("both.yaml", "---\n# nothing here\n---\n" + MONITOR_WITH_NUMBER_INTERVAL);

    Run run = mac("check", "--format", "json", dir.toString());

    assertThat(findings(run)).as(run.out())
        .anySatisfy(f -> assertThat(f.get("document").asInt()).isEqualTo(1))
        .allSatisfy(f -> assertThat(f.get("document").asInt()).isEqualTo(1));
  }

  @Test
  void check_withoutRelease_reportsNoSelectionFinding() {
    write("rules.yaml", RULE_WITHOUT_RELEASE);
    Run withRelease = mac("check", "--format", "json", "--release", "prometheus", dir.toString());

    Run run = mac("check", "--format", "json", dir.toString());

    assertThat(ruleIds(withRelease)).containsExactly("wiring/selection-label");
    assertThat(findings(run)).isEmpty();
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void check_severityOverride_changesSeverityAndExitCode() {
    write("routing.yaml", ROUTE_TO_UNDEFINED_RECEIVER);
    String override = "alerting/undefined-receiver=warning";

    Run lowered = mac("check", "--format", "json", "--severity", override, dir.toString());
    Run failingOnWarnings = mac("check", "--severity", override, "--fail-on", "warning", dir.toString());

    assertThat(findings(lowered)).extracting(f -> f.get("ruleId").asText() + "=" + f.get("severity").asText())
        .containsExactly(override);
    assertThat(lowered.exitCode()).isZero();
    assertThat(failingOnWarnings.exitCode()).isEqualTo(1);
  }

  @Test
  void check_severityOff_dropsTheRulesFindings() {
    write("routing.yaml", ROUTE_TO_UNDEFINED_RECEIVER);

    Run run = mac("check", "--severity", "alerting/undefined-receiver=off", dir.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).isEqualTo("0 errors, 0 warnings, 0 infos\nchecked 1 document in 1 file\n");
  }

  @Test
  void check_malformedSeverityOverride_exitsTwo() {
    write("monitor.yaml", GOOD_MONITOR);

    Run run = mac("check", "--severity", "monitor/duration=loud", dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("--severity").contains("`loud`");
  }

  @Test
  void check_unknownFormat_exitsTwo() {
    write("monitor.yaml", GOOD_MONITOR);

    Run run = mac("check", "--format", "xml", dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--format");
  }

  @Test
  void check_unreadableYaml_exitsTwoNamingFileAndLine() {
    write("good.yaml", GOOD_MONITOR);
    write("broken.yaml", "metadata:\n  name: [demo\nspec: {}\n");

    Run run = mac("check", "--format", "json", dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("mac check: " + name("broken.yaml") + ": not YAML or JSON: line ");
  }

  @Test
  void check_missingPath_exitsTwoNamingIt() {
    Run run = mac("check", dir.resolve("nothing.yaml").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("mac check: " + name("nothing.yaml") + ": no such file or directory\n");
  }

  @Test
  void check_noPath_exitsTwo() {
    Run run = mac("check");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("PATH");
  }

  @Test
  void check_textFormat_printsFindingLinesThenCounts() {
    write("routing.yaml", ROUTE_TO_UNDEFINED_RECEIVER);

    Run run = mac("check", dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEqualTo(name("routing.yaml") + ":9:5: /spec/route/receiver: error [alerting/undefined-receiver]"
        + " Receiver `pagerduty` is not defined in `spec.receivers`, so the operator rejects this AlertmanagerConfig"
        + " and none of its routes take effect. Hint: Add a receiver named `pagerduty` to `spec.receivers`.\n"
        + "1 error, 0 warnings, 0 infos\n"
        + "checked 1 document in 1 file\n");
  }

  @Test
  void check_textFormat_expressionFinding_printsCaretsUnderTheSpan() {
    write("rules.yaml", GOOD_RULE.replace("up{job=\"demo\"} == 0", "rate(up)"));

    Run run = mac("check", dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).as(run.out()).contains(
        name("rules.yaml") + ":12:11: /spec/groups/0/rules/0/expr @5..7: error [promql/syntax] ",
        "\n    rate(up)\n         ^^\n");
  }

  @Test
  void check_sarifFormat_writesOneRunWithRulesAndResults() throws IOException {
    write("monitor.yaml", MONITOR_WITH_NUMBER_INTERVAL);

    Run run = mac("check", "--format", "sarif", dir.toString());

    JsonNode log = JSON.readTree(run.out());
    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    assertThat(log.get("$schema").asText()).endsWith("sarif-schema-2.1.0.json");
    assertThat(log.get("runs")).hasSize(1);
    JsonNode sarifRun = log.get("runs").get(0);
    assertThat(sarifRun.at("/tool/driver/name").asText()).isEqualTo("monitoring-as-code");
    JsonNode result = StreamSupport.stream(sarifRun.get("results").spliterator(), false)
        .filter(r -> r.at("/properties/pointer").asText().equals("/spec/endpoints/0/interval"))
        .findFirst().orElseThrow();
    assertThat(result.get("level").asText()).isEqualTo("error");
    assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .endsWith("/monitor.yaml");
    assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(13);
    assertThat(result.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText())
        .isEqualTo("/spec/endpoints/0/interval");
    assertThat(result.at("/properties/document").asInt()).isZero();
    assertThat(StreamSupport.stream(sarifRun.at("/tool/driver/rules").spliterator(), false).map(r -> r.get("id")))
        .contains(result.get("ruleId"));
  }

  @Test
  void check_sameInputTwice_writesTheSameBytes() {
    write("monitor.yaml", MONITOR_WITH_NUMBER_INTERVAL);
    write("slack.yaml", SLACK_URL_IN_PLAIN_TEXT);

    for (String format : List.of("text", "json", "sarif")) {
      Run first = mac("check", "--format", format, dir.toString());
      Run second = mac("check", "--format", format, dir.toString());

      assertThat(second.out()).as(format).isEqualTo(first.out());
    }
  }

  /**
   * The tutorial's own manifests, installed beside a release named {@code prometheus}, fit their CRD schemas. Skipped
   * when the shared reference data is absent, except on CI.
   */
  @Test
  void check_tutorialFiles_reportNoSchemaError() {
    Path k8s = SharedData.require("reference", "tutorial-repo", "k8s");

    Run run = mac("check", "--format", "json", "--release", "prometheus",
        k8s.resolve("service-monitor.yaml").toString(),
        k8s.resolve("prometheusrules.yaml").toString(),
        k8s.resolve("alertmanager-config.yaml").toString());

    assertThat(run.err()).isEmpty();
    assertThat(findings(run)).as(run.out())
        .noneSatisfy(f -> assertThat(f.get("ruleId").asText()).startsWith("schema/"));
  }

  @Test
  void check_prometheusRule_flagsTheIssuesThreeQueryMistakesWithColumnAndHint() {
    write("rules.yaml", """
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata:
          name: mistakes
        spec:
          groups:
            - name: mistakes
              rules:
                - record: job:requests:rate
                  expr: rate(http_requests_total)
                - record: job:x:sum
                  expr: sum by (job) rate(x[5m])
                - record: job:x:rate
                  expr: rat(x[5m])
        """);

    Run run = mac("check", dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains(
        "/spec/groups/0/rules/0/expr @5..24: error [promql/syntax] PromQL error at 1:6: expected type range vector in"
            + " call to function \"rate\", got instant vector",
        "Hint: rate() needs a range vector: add a range such as `[5m]`",
        "/spec/groups/0/rules/1/expr @13..17: error [promql/syntax] PromQL error at 1:14: unexpected identifier"
            + " \"rate\" in aggregation",
        "Hint: Wrap the aggregated expression in parentheses: `sum by (job) (rate(x[5m]))`.",
        "/spec/groups/0/rules/2/expr @0..3: error [promql/syntax] PromQL error at 1:1: unknown function with name"
            + " \"rat\"",
        "Hint: Did you mean `rate(`?",
        "3 errors, 0 warnings, 0 infos");
  }

  @Test
  void check_dashboardJson_checksItsQueries() {
    write("dashboard.json", """
        {
          "title": "API",
          "uid": "api",
          "schemaVersion": 42,
          "panels": [
            {
              "id": 1,
              "type": "timeseries",
              "title": "Requests",
              "gridPos": {"h": 8, "w": 12, "x": 0, "y": 0},
              "datasource": {"type": "prometheus", "uid": "prometheus"},
              "targets": [{"refId": "A", "expr": "sum by (job) rate(http_requests_total[$__rate_interval])"}]
            }
          ]
        }
        """);

    Run run = mac("check", dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("/panels/0/targets/0/expr", "error [dashboard/query-syntax]",
        "unexpected identifier \"rate\" in aggregation", "checked 1 document in 1 file");
  }

  @Test
  void check_plainRulesFiles_promqlAndLogqlToldApartByContent() {
    write("prometheus-rules.yml", """
        groups:
          - name: api
            rules:
              - alert: ApiErrors
                expr: rat(http_requests_total{code=~"5.."}[5m]) > 1
        """);
    write("loki-rules.yaml", """
        groups:
          - name: logs
            rules:
              - alert: Panics
                expr: sum(count_over_time({app="api"} |= "panic" [5m])) > 0
              - alert: Errors
                expr: '{app="api"} |= '
        """);

    Run run = mac("check", "--format", "json", dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("\"path\" : \"/groups/0/rules/0/expr\"", "\"ruleId\" : \"promql/syntax\"",
        "Did you mean `rate(`?", "\"path\" : \"/groups/0/rules/1/expr\"", "\"ruleId\" : \"logql/syntax\"")
        .doesNotContain("/groups/0/rules/0/expr\",\n    \"ruleId\" : \"logql");
  }

  private void write(String file, String text) {
    try {
      Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The name findings give a file of the temporary directory, which the tests pass as an absolute path. */
  private String name(String file) {
    return dir.resolve(file).toString().replace(dir.getFileSystem().getSeparator(), "/");
  }

  private static Run mac(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int exitCode = commandLine.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  private static List<JsonNode> findings(Run run) {
    try {
      JsonNode array = JSON.readTree(run.out());
      assertThat(array.isArray()).as(run.toString()).isTrue();
      List<JsonNode> findings = new ArrayList<>();
      array.forEach(findings::add);
      return findings;
    } catch (IOException e) {
      throw new AssertionError("Not one JSON array: " + run, e);
    }
  }

  private static List<String> ruleIds(Run run) {
    return findings(run).stream().map(f -> f.get("ruleId").asText()).distinct().collect(Collectors.toList());
  }

  private static void assertFinding(JsonNode finding, String file, String path, String ruleId) {
    assertThat(finding.get("file").asText()).isEqualTo(file);
    assertThat(finding.get("path").asText()).isEqualTo(path);
    assertThat(finding.get("ruleId").asText()).isEqualTo(ruleId);
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private record Run(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  @Test
  void check_severityForUnknownRule_exitsTwoNamingTheNearestRule() throws IOException {
    Path file = dir.resolve("ok.yaml");
    Files.writeString(file, "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n");

    Run run = mac("check", "--severity", "wiring/selection-lable=off", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("unknown rule `wiring/selection-lable`; did you mean `wiring/selection-label`?");
  }
}

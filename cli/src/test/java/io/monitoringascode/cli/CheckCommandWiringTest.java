package io.monitoringascode.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code mac check} with manifests and values together: the wiring checks across them. */
class CheckCommandWiringTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String MONITOR_AND_RULE = """
      apiVersion: monitoring.coreos.com/v1
      kind: ServiceMonitor
      metadata:
        name: demo
        labels: {release: prometheus}
      spec:
        selector:
          matchLabels: {app: demo}
        endpoints:
          - port: http
      ---
      apiVersion: monitoring.coreos.com/v1
      kind: PrometheusRule
      metadata:
        name: demo-rules
        labels: {team: demo}
      spec:
        groups:
          - name: demo
            rules:
              - alert: DemoDown
                expr: up{job="demo"} == 0
                labels: {severity: critical}
      """;

  private static final String TEAM_SELECTOR = """
      prometheus:
        prometheusSpec:
          ruleSelector:
            matchLabels: {team: demo}
      """;

  @TempDir
  Path dir;

  @Test
  void check_withReleaseNamespaceAndValues_judgesSelectionFromTheValuesOnceInTheRightDocument() throws IOException {
    Path manifests = write("demo.yaml", MONITOR_AND_RULE);
    Path values = write("kps.yaml", "grafana: {enabled: false}\n");

    Run run = mac("check", "--format", "json", "--release", "prometheus", "--namespace", "monitoring",
        "--values", "kube-prometheus-stack@77.11.1=" + values, manifests.toString());

    List<JsonNode> selection = findings(run, "wiring/selection-label");
    assertThat(selection).as(run.toString()).hasSize(1);
    assertThat(selection.get(0).get("file").asText()).isEqualTo(name(manifests));
    assertThat(selection.get(0).get("document").asInt()).isEqualTo(1);
    assertThat(selection.get(0).get("path").asText()).isEqualTo("/metadata/labels");
    assertThat(selection.get(0).get("hint").asText())
        .contains("release: prometheus", "/prometheus/prometheusSpec/ruleSelectorNilUsesHelmValues");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void check_valuesWithTheirOwnRuleSelector_acceptTheRuleTheySelect() throws IOException {
    Path manifests = write("demo.yaml", MONITOR_AND_RULE);
    Path values = write("kps.yaml", TEAM_SELECTOR);

    Run run = mac("check", "--format", "json", "--release", "prometheus", "--namespace", "monitoring",
        "--values", "kube-prometheus-stack@77.11.1=" + values, manifests.toString());

    assertThat(findings(run, "wiring/selection-label")).as(run.toString()).isEmpty();
  }

  @Test
  void check_withoutNamespace_keepsTheReleaseLabelCheckOfEachDocument() throws IOException {
    Path manifests = write("demo.yaml", MONITOR_AND_RULE);

    Run run = mac("check", "--format", "json", "--release", "prometheus", manifests.toString());

    List<JsonNode> selection = findings(run, "wiring/selection-label");
    assertThat(selection).as(run.toString()).hasSize(1);
    assertThat(selection.get(0).get("document").asInt()).isEqualTo(1);
  }

  @Test
  void check_productionProfile_raisesTheProductionRulesToWarnings() throws IOException {
    Path values = write("kps.yaml", "grafana: {enabled: false}\n");
    String[] args = {"check", "--format", "json", "--release", "prometheus", "--namespace", "monitoring",
        "--values", "kube-prometheus-stack@77.11.1=" + values};

    Run dev = mac(args);
    Run production = mac(concat(args, "--profile", "production"));
    Run raised = mac(concat(args, "--profile", "production", "--severity", "production/replicas=error"));

    assertThat(findings(dev, "production/replicas")).as(dev.toString()).isNotEmpty()
        .allSatisfy(f -> assertThat(f.get("severity").asText()).isEqualTo("info"));
    assertThat(findings(production, "production/replicas")).isNotEmpty()
        .allSatisfy(f -> assertThat(f.get("severity").asText()).isEqualTo("warning"));
    assertThat(findings(production, "production/replicas").get(0).get("file").asText()).isEqualTo(name(values));
    assertThat(findings(raised, "production/replicas")).isNotEmpty()
        .allSatisfy(f -> assertThat(f.get("severity").asText()).isEqualTo("error"));
    assertThat(dev.exitCode()).isZero();
    assertThat(raised.exitCode()).isEqualTo(1);
  }

  /** Objects whose faults only the stack's whole pipeline sees, and one a document check sees. */
  private static final String STACK_OBJECTS = """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: fake-logs-rules
        labels: {loki_rule: "true"}
      data:
        fake-logs-rules.yaml: |
          groups:
            - name: fake-logs
              rules:
                - alert: ServerErrors
                  expr: sum by (http_method) (rate({job="generated-logs"}[5m])) > 0.1
                  annotations:
                    summary: '{{ $labels.pod }} answers 5xx'
      ---
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: team-datasources
        labels: {grafana_datasource: "1"}
      data:
        team.yaml: |
          apiVersion: 1
          datasources:
            - name: Team Loki
              uid: team-loki
              type: loki
              url: http://loki-gateway.monitoring.svc
      ---
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: logs-dashboard
        labels: {grafana_dashboard: "1"}
      data:
        logs.json: |
          {"title": "Logs", "panels": [
            {"type": "logs", "datasource": {"type": "loki", "uid": "team-loki"},
             "targets": [{"expr": "{app=\\"demo\\"}"}]},
            {"type": "logs", "datasource": {"type": "loki", "uid": "nowhere"},
             "targets": [{"expr": "{app=\\"demo\\"}"}]}]}
      ---
      apiVersion: monitoring.coreos.com/v1
      kind: ServiceMonitor
      metadata:
        name: demo
        labels: {release: prometheus}
      spec:
        selector:
          matchLabels: {app: demo}
        endpoints:
          - port: http
            interval: "30"
      ---
      apiVersion: monitoring.coreos.com/v1
      kind: ServiceMonitor
      metadata:
        name: Demo_App
        labels: {release: prometheus}
      spec:
        selector:
          matchLabels: {app: demo}
        endpoints:
          - port: http
      """;

  @Test
  void check_withTheReleaseKnown_runsTheStacksPipelineOnceWithFindingsInTheFilesAsRead() throws IOException {
    Path manifests = write("stack.yaml", STACK_OBJECTS);
    Path values = write("kps.yaml", "prometheus: {prometheusSpec: {retentionn: 10d}}\n");

    Run run = mac("check", "--format", "json", "--release", "prometheus", "--namespace", "monitoring",
        "--values", "kube-prometheus-stack@77.11.1=" + values, manifests.toString());

    // Loki rules inside a ConfigMap, and a stack-wide check: neither ran here before the stack's pipeline did.
    assertThat(findings(run, "logql/template-label")).as(run.toString()).singleElement().satisfies(f -> {
      assertThat(f.get("file").asText()).isEqualTo(name(manifests));
      assertThat(f.get("document").asInt()).isZero();
      assertThat(f.get("path").asText()).isEqualTo("/data/fake-logs-rules.yaml");
    });
    assertThat(findings(run, "output/object-name")).singleElement().satisfies(f -> {
      assertThat(f.get("document").asInt()).isEqualTo(4);
      assertThat(f.get("path").asText()).isEqualTo("/metadata/name");
    });
    // A data source of a ConfigMap the release's sidecar loads resolves; an unknown uid does not.
    assertThat(findings(run, "dashboard/datasource")).singleElement().satisfies(f -> {
      assertThat(f.get("document").asInt()).isEqualTo(2);
      assertThat(f.get("path").asText()).isEqualTo("/data/logs.json/panels/1/datasource/uid");
    });
    // A document's and a values file's findings are reported once.
    assertThat(findings(run, "monitor/duration")).singleElement().satisfies(f -> {
      assertThat(f.get("document").asInt()).isEqualTo(3);
      assertThat(f.get("path").asText()).isEqualTo("/spec/endpoints/0/interval");
    });
    assertThat(findings(run, "values/unknown-key")).singleElement().satisfies(f -> {
      assertThat(f.get("file").asText()).isEqualTo(name(values));
      assertThat(f.get("path").asText()).isEqualTo("/prometheus/prometheusSpec/retentionn");
    });
  }

  @Test
  void check_withTheReleaseKnown_countsTheDocumentsAsWithout() throws IOException {
    Path manifests = write("demo.yaml", MONITOR_AND_RULE);
    Path values = write("kps.yaml", "grafana: {enabled: false}\n");

    Run known = mac("check", "--release", "prometheus", "--namespace", "monitoring",
        "--values", "kube-prometheus-stack@77.11.1=" + values, manifests.toString());
    Run unknown = mac("check", "--values", "kube-prometheus-stack@77.11.1=" + values, manifests.toString());

    assertThat(known.out()).as(known.toString()).contains("checked 3 documents in 2 files");
    assertThat(unknown.out()).as(unknown.toString()).contains("checked 3 documents in 2 files");
  }

  @Test
  void check_unknownProfile_exitsTwoNamingTheProfiles() {
    Run run = mac("check", "--profile", "prod", dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Profile `prod` is unknown; the profiles are `dev`, `production`.");
  }

  private static String[] concat(String[] args, String... more) {
    String[] all = Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }

  private Path write(String file, String text) throws IOException {
    return Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
  }

  private String name(Path file) {
    return file.toString().replace(dir.getFileSystem().getSeparator(), "/");
  }

  private static List<JsonNode> findings(Run run, String ruleId) throws IOException {
    List<JsonNode> findings = new ArrayList<>();
    JSON.readTree(run.out()).forEach(finding -> {
      if (finding.get("ruleId").asText().equals(ruleId)) {
        findings.add(finding);
      }
    });
    return findings;
  }

  private static Run mac(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return new Run(commandLine.execute(args), out.toString(), err.toString());
  }

  private record Run(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
  }
}

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CheckCommandValuesTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String MISPLACED_SELECTOR = """
      grafana:
        enabled: true
      prometheus:
        prometheusSpec:
          alertmanagerConfigSelector:
            matchLabels:
              resource: prometheus
      """;

  @TempDir
  Path dir;

  @Test
  void values_misplacedKey_exitsOneWithFileAndPointer() throws IOException {
    Path file = write("kps.yaml", MISPLACED_SELECTOR);

    Run run = mac("check", "--format", "json", "--values", "kube-prometheus-stack@77.11.1=" + file);

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    JsonNode finding = JSON.readTree(run.out()).get(0);
    assertThat(finding.get("file").asText()).isEqualTo(name(file));
    assertThat(finding.get("path").asText()).isEqualTo("/prometheus/prometheusSpec/alertmanagerConfigSelector");
    assertThat(finding.get("ruleId").asText()).isEqualTo("values/unknown-key");
    assertThat(finding.get("hint").asText())
        .contains("`/alertmanager/alertmanagerSpec/alertmanagerConfigSelector`");
  }

  @Test
  void values_sarif_givesTheLineOfTheKey() throws IOException {
    Path file = write("kps.yaml", MISPLACED_SELECTOR);

    Run run = mac("check", "--format", "sarif", "--values", "kube-prometheus-stack@77.11.1=" + file);

    JsonNode region = JSON.readTree(run.out()).at("/runs/0/results/0/locations/0/physicalLocation/region");
    assertThat(region.get("startLine").asInt()).isEqualTo(5);
  }

  @Test
  void values_besideManifests_countsEachValuesFileAsOneDocument() {
    Path values = write("loki.yaml", "loki:\n  useTestSchema: true\n");
    Path deployment = write("deploy.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n");

    Run run = mac("check", "--values", "loki@6.41.1=" + values, deployment.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).endsWith("checked 1 document in 2 files, skipped 1 document of other kinds\n");
  }

  @Test
  void values_unknownChartOrVersion_exitsTwoListingKnownCharts() {
    Path file = write("kps.yaml", "grafana: {}\n");

    for (String argument : new String[] {"kube-prometheus-stack@70.0.0=" + file, "prometheus@1=" + file,
        "kube-prometheus-stack=" + file}) {
      Run run = mac("check", "--values", argument);

      assertThat(run.exitCode()).as(argument).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).contains("known charts: kube-prometheus-stack@77.11.1, loki@6.41.1");
    }
  }

  @Test
  void values_missingFile_exitsTwoNamingIt() {
    Run run = mac("check", "--values", "loki@6.41.1=" + dir.resolve("absent.yaml"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("absent.yaml");
  }

  @Test
  void values_severityOverride_appliesToValuesRules() {
    Path file = write("kps.yaml", MISPLACED_SELECTOR);

    Run run = mac("check", "--severity", "values/unknown-key=warning", "--values",
        "kube-prometheus-stack@77.11.1=" + file);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("warning [values/unknown-key]");
  }

  @Test
  void values_selectorLabelsOfKps_replaceTheReleaseLabel() {
    Path values = write("kps.yaml", """
        prometheus:
          prometheusSpec:
            serviceMonitorSelector:
              matchLabels: {team: a}
            podMonitorSelector:
              matchLabels: {team: a}
            ruleSelector:
              matchLabels: {team: a}
        """);
    Path monitor = write("monitor.yaml", """
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
        """);

    Run run = mac("check", "--release", "prometheus", "--values", "kube-prometheus-stack@77.11.1=" + values,
        monitor.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).contains("[wiring/selection-label]").contains("team");
  }

  @Test
  void values_tutorialFiles_passWithLineNumbersUnused() {
    Path values = SharedData.require("reference", "tutorial-repo", "k8s", "values");

    Run run = mac("check", "--values", "kube-prometheus-stack@77.11.1=" + values.resolve(
        "kube-prometheus-helm-values.yaml"), "--values", "loki@6.41.1=" + values.resolve("loki-helm-values.yaml"));

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).startsWith("0 errors, 0 warnings, 0 infos\nchecked 2 documents in 2 files");
  }

  /** The tutorial's fake-logs dashboard, in a ConfigMap as the Grafana sidecar loads it. */
  private Path dashboardConfigMap(String fromUid, String toUid) throws IOException {
    String json = Files.readString(SharedData.require("reference", "tutorial-repo", "grafana", "dashboards",
        "fake-logs-dashboard.json"), StandardCharsets.UTF_8).replace("\"uid\": \"" + fromUid + "\"",
        "\"uid\": \"" + toUid + "\"");
    return write("fake-logs-dashboard.yaml", """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: fake-logs-dashboard
          labels:
            grafana_dashboard: "1"
        data:
          fake-logs-dashboard.json: |
        """ + json.indent(4));
  }

  @Test
  void values_dashboardConfigMap_resolvesItsDataSourcesAgainstTheValues() throws IOException {
    Path values = SharedData.require("reference", "tutorial-repo", "k8s", "values", "kube-prometheus-helm-values.yaml");
    Path configMap = dashboardConfigMap("prometheus", "PBFA97CFB590B2093");

    Run run = mac("check", "--format", "json", "--values", "kube-prometheus-stack@77.11.1=" + values,
        configMap.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    JsonNode finding = JSON.readTree(run.out()).get(0);
    assertThat(finding.get("ruleId").asText()).isEqualTo("dashboard/datasource");
    assertThat(finding.get("path").asText()).isEqualTo("/data/fake-logs-dashboard.json/panels/0/datasource/uid");
    assertThat(finding.get("message").asText()).isEqualTo("Data source uid `PBFA97CFB590B2093` is not provisioned,"
        + " so Grafana shows \"Datasource not found\" and the panel stays empty.");
    assertThat(finding.get("hint").asText())
        .isEqualTo("Use one of [Loki, alertmanager, prometheus], or a data-source variable such as `${datasource}`.");
  }

  @Test
  void values_tutorialDashboardConfigMap_passes_andWithoutValuesReferencesAreNotResolved() throws IOException {
    Path values = SharedData.require("reference", "tutorial-repo", "k8s", "values", "kube-prometheus-helm-values.yaml");

    Run clean = mac("check", "--values", "kube-prometheus-stack@77.11.1=" + values,
        dashboardConfigMap("prometheus", "prometheus").toString());
    Run unresolved = mac("check", dashboardConfigMap("prometheus", "PBFA97CFB590B2093").toString());

    assertThat(clean.exitCode()).as(clean.toString()).isZero();
    assertThat(clean.out()).contains("checked 2 documents in 2 files");
    assertThat(unresolved.exitCode()).as(unresolved.toString()).isZero();
    assertThat(unresolved.out()).contains("checked 1 document in 1 file").doesNotContain("dashboard/datasource");
  }

  @Test
  void noPathNorValues_exitsTwo() {
    Run run = mac("check");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("PATH");
  }

  private Path write(String file, String text) {
    try {
      return Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String name(Path file) {
    return file.toString().replace(dir.getFileSystem().getSeparator(), "/");
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

  private record Run(int exitCode, String out, String err) {}
}

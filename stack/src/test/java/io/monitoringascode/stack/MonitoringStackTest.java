package io.monitoringascode.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitorBuilder;
import io.monitoringascode.core.check.SeverityOverrides;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.ReportException;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.loki.fakelogs.FakeLogGenerator;
import io.monitoringascode.loki.values.DeploymentMode;
import io.monitoringascode.loki.values.LokiComponent;
import io.monitoringascode.loki.values.LokiConfig;
import io.monitoringascode.loki.values.LokiValues;
import io.monitoringascode.stack.profile.Profile;
import io.monitoringascode.stack.values.KubePrometheusStackValues;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitoringStackTest {
  @TempDir Path out;

  private static ServiceMonitor monitor(String name, String interval, boolean releaseLabel) {
    ServiceMonitorBuilder builder = new ServiceMonitorBuilder()
        .withNewMetadata().withName(name).addToLabels("app", "demo").endMetadata()
        .withNewSpec()
        .withNewSelector().addToMatchLabels("app", "demo").endSelector()
        .addNewEndpoint().withPort("http").withInterval(interval).endEndpoint()
        .endSpec();
    if (releaseLabel) {
      builder.editMetadata().addToLabels("release", "prometheus").endMetadata();
    }
    return builder.build();
  }

  private static Secret secret(String value) {
    return new SecretBuilder().withNewMetadata().withName("slack").endMetadata()
        .addToStringData("webhook-url", value).build();
  }

  @Test
  void render_validStack_writesOneFilePerObjectAndKustomization() {
    MonitoringStack stack = MonitoringStack.builder().release("prometheus").namespace("monitoring")
        .add(monitor("demo", "30s", true))
        .build();

    SortedMap<String, byte[]> files = stack.render();

    assertThat(files).containsOnlyKeys("kustomization.yaml", "monitoring/servicemonitor-demo.yaml");
    assertThat(new String(files.get("kustomization.yaml"), StandardCharsets.UTF_8)).isEqualTo("""
        apiVersion: kustomize.config.k8s.io/v1beta1
        kind: Kustomization
        resources:
          - monitoring/servicemonitor-demo.yaml
        """);
    assertThat(new String(files.get("monitoring/servicemonitor-demo.yaml"), StandardCharsets.UTF_8))
        .startsWith("apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata:\n")
        .contains("  namespace: monitoring\n");
  }

  @Test
  void writeTo_stackWithErrors_writesNothingAndListsEveryFinding() throws Exception {
    MonitoringStack stack = MonitoringStack.builder().release("prometheus").namespace("monitoring")
        .add(monitor("unselected", "30s", false), monitor("bad-interval", "30", true), secret("https://hooks.slack.com/x"))
        .build();

    assertThatThrownBy(() -> stack.writeTo(out))
        .isInstanceOfSatisfying(ReportException.class, e -> {
          assertThat(e.report().errors()).extracting(f -> f.location().file().orElseThrow() + f.location().pointer())
              .contains(
                  "monitoring/secret-slack.yaml/stringData/webhook-url",
                  "monitoring/servicemonitor-bad-interval.yaml/spec/endpoints/0/interval",
                  "monitoring/servicemonitor-unselected.yaml/metadata/labels");
          assertThat(e.getMessage()).contains("servicemonitor-unselected.yaml", "servicemonitor-bad-interval.yaml",
              "secret-slack.yaml");
        });
    assertThat(out).isEmptyDirectory();
  }

  @Test
  void render_helmReleases_addValuesFilesAndAHelmfileOutsideTheKustomization() {
    MonitoringStack stack = MonitoringStack.builder().release("prometheus").namespace("monitoring")
        .add(monitor("demo", "30s", true))
        .kubePrometheusStack(KubePrometheusStackValues.builder().nodeExporterEnabled(false).build())
        .loki("loki", LokiValues.builder().deploymentMode(DeploymentMode.SINGLE_BINARY)
            .putReplica(LokiComponent.READ, 0).putReplica(LokiComponent.WRITE, 0).putReplica(LokiComponent.BACKEND, 0)
            .loki(LokiConfig.builder().useTestSchema(true).build()).build())
        .build();

    SortedMap<String, byte[]> files = stack.render();

    assertThat(files).containsOnlyKeys("monitoring/servicemonitor-demo.yaml", "kustomization.yaml", "helmfile.yaml",
        "values/kube-prometheus-stack.yaml", "values/loki.yaml", "preview/alertmanager.yaml");
    assertThat(text(files, "kustomization.yaml")).doesNotContain("values/", "helmfile", "preview/");
    assertThat(text(files, "preview/alertmanager.yaml")).contains("resolve_timeout: 5m", "alertname=\"Watchdog\"");
    assertThat(text(files, "values/kube-prometheus-stack.yaml")).isEqualTo("nodeExporter:\n  enabled: false\n");
    assertThat(text(files, "helmfile.yaml")).isEqualTo("""
        repositories:
          - name: prometheus-community
            url: https://prometheus-community.github.io/helm-charts
          - name: grafana
            url: https://grafana.github.io/helm-charts
        releases:
          - name: prometheus
            namespace: monitoring
            createNamespace: true
            chart: prometheus-community/kube-prometheus-stack
            version: 77.11.1
            values:
              - values/kube-prometheus-stack.yaml
          - name: loki
            namespace: monitoring
            createNamespace: true
            chart: grafana/loki
            version: 6.41.1
            values:
              - values/loki.yaml
        """);
  }

  @Test
  void render_previewsTheAlertmanagerConfigTheOperatorGenerates_fromTheSelectedConfigsOnly() {
    MonitoringStack stack = MonitoringStack.builder().release("prometheus").namespace("monitoring")
        .add(alertmanagerConfig("selected", "prometheus"), alertmanagerConfig("ignored", "other"))
        .severityOverrides(SeverityOverrides.parse("wiring/alertmanager-config-not-selected=warning"))
        .kubePrometheusStack(KubePrometheusStackValues.builder()
            .set("/alertmanager/alertmanagerSpec/alertmanagerConfigSelector/matchLabels/resource", "prometheus")
            .set("/alertmanager/config/global/resolve_timeout", "10m")
            .build())
        .build();

    String preview = text(stack.render(), "preview/alertmanager.yaml");

    assertThat(preview).contains("resolve_timeout: 10m", "receiver: monitoring/selected/team",
        "namespace=\"monitoring\"", "- name: \"null\"").doesNotContain("ignored");
  }

  @Test
  void render_alertmanagerDisabledOrBaseConfigInAnExistingSecret_writesNoPreview() {
    for (String key : List.of("/alertmanager/enabled", "/alertmanager/alertmanagerSpec/useExistingSecret")) {
      MonitoringStack stack = MonitoringStack.builder().release("prometheus").namespace("monitoring")
          .add(alertmanagerConfig("selected", "prometheus"))
          .kubePrometheusStack(KubePrometheusStackValues.builder()
              .set(key, key.endsWith("enabled") ? Boolean.FALSE : Boolean.TRUE).build())
          .build();

      assertThat(stack.render()).as(key).doesNotContainKey("preview/alertmanager.yaml");
    }
  }

  @Test
  void check_misplacedValuesKey_isAnErrorInTheValuesFile() {
    MonitoringStack stack = MonitoringStack.builder().release("prometheus").namespace("monitoring")
        .kubePrometheusStack(KubePrometheusStackValues.builder()
            .set("/prometheus/prometheusSpec/alertmanagerConfigSelector/matchLabels/resource", "prometheus").build())
        .build();

    // The production rules' advice (INFO) about the chart's defaults aside.
    assertThat(stack.check().findings()).filteredOn(f -> !f.ruleId().area().equals("production")).singleElement()
        .satisfies(finding -> {
          assertThat(finding.location().file()).hasValue("values/kube-prometheus-stack.yaml");
          assertThat(finding.location().pointer()).isEqualTo("/prometheus/prometheusSpec/alertmanagerConfigSelector");
          assertThat(finding.ruleId().value()).isEqualTo("values/unknown-key");
        });
    assertThatThrownBy(stack::render).isInstanceOf(ReportException.class);
  }

  @Test
  void build_chartValuesWithoutNamespace_isRefused() {
    assertThatThrownBy(() -> MonitoringStack.builder().release("prometheus")
        .kubePrometheusStack(KubePrometheusStackValues.builder().build()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("namespace(");
  }

  @Test
  void check_withoutRelease_selectionLabelIsSilent() {
    MonitoringStack stack = MonitoringStack.builder().namespace("monitoring").add(monitor("demo", "30s", false)).build();

    assertThat(stack.check().findings()).isEmpty();
  }

  @Test
  void check_severityOverride_lowersToWarningAndAllowsWriting() {
    MonitoringStack stack = MonitoringStack.builder().release("prometheus").namespace("monitoring")
        .add(monitor("unselected", "30s", false))
        .severityOverrides(SeverityOverrides.parse("wiring/selection-label=warning"))
        .build();

    assertThat(stack.check().findings()).extracting(Finding::severity).containsOnly(Severity.WARNING);
    assertThat(stack.writeTo(out).written()).contains("monitoring/servicemonitor-unselected.yaml");
  }

  @Test
  void profile_productionRaisesTheProductionRules_beneathTheUsersOverrides() {
    MonitoringStack.Builder builder = MonitoringStack.builder().release("prometheus").namespace("monitoring")
        .kubePrometheusStack(KubePrometheusStackValues.builder().build());
    MonitoringStack dev = builder.build();
    MonitoringStack production = builder.profile(Profile.PRODUCTION)
        .severityOverrides(SeverityOverrides.parse("production/replicas=error")).build();

    assertThat(dev.profile()).isEqualTo(Profile.DEV);
    assertThat(dev.check().findings()).extracting(Finding::severity).containsOnly(Severity.INFO);
    assertThat(production.check().findings()).filteredOn(f -> f.ruleId().value().equals("production/retention"))
        .extracting(Finding::severity).containsExactly(Severity.WARNING);
    assertThat(production.check().findings()).filteredOn(f -> f.ruleId().value().equals("production/replicas"))
        .extracting(Finding::severity).containsOnly(Severity.ERROR);
    assertThat(production.withProfile(Profile.DEV).check().findings())
        .filteredOn(f -> f.ruleId().value().equals("production/retention"))
        .extracting(Finding::severity).containsExactly(Severity.INFO);
  }

  /** The tutorial's fake-log generator in a stack, its shipper declared, with the Loki release of the tutorial. */
  private static MonitoringStack.Builder fakeLogs(String pushUrl) {
    FakeLogGenerator generator = FakeLogGenerator.builder().namespace("k8s-monitoring-ns").pushUrl(pushUrl).build();
    return MonitoringStack.builder().namespace("k8s-monitoring-ns")
        .logShipper(generator.shipper())
        .addAll(generator.resources())
        .loki("loki", LokiValues.builder().deploymentMode(DeploymentMode.SINGLE_BINARY).build());
  }

  private static List<String> lines(MonitoringStack stack, String area) {
    return stack.check().findings().stream().filter(f -> f.ruleId().area().equals(area))
        .map(f -> f.severity() + " [" + f.ruleId() + "] " + f.location().file().orElse("") + "#"
            + f.location().pointer() + ": " + f.message() + f.hint().map(h -> " | " + h).orElse(""))
        .toList();
  }

  @Test
  void check_logShipper_runsTheShippingChecksInItsConfigMap_withTheProfileAndOverrides() {
    String gateway = "http://loki-gateway.k8s-monitoring-ns.svc.cluster.local/loki/api/v1/push";
    String positions = "INFO [logs/positions-volume] k8s-monitoring-ns/configmap-promtail-config.yaml"
        + "#/data/config.yaml/positions/filename: The positions file `/positions/positions.yaml` is on emptyDir"
        + " volume `promtail-positions`, so a new pod reads every file from the start again and Loki receives the lines"
        + " twice. | Replace the emptyDir of volume `promtail-positions` with a PersistentVolumeClaim.";

    assertThat(lines(fakeLogs(gateway).build(), "logs")).containsExactly(positions);
    assertThat(lines(fakeLogs(gateway).profile(Profile.PRODUCTION).build(), "logs"))
        .containsExactly(positions.replace("INFO", "WARNING"));
    assertThat(lines(fakeLogs(gateway).profile(Profile.PRODUCTION)
        .severityOverrides(SeverityOverrides.parse("logs/positions-volume=off")).build(), "logs")).isEmpty();
    assertThat(lines(fakeLogs("http://loki-gateway.k8s-monitoring-ns.svc.cluster.local").build(), "logs"))
        .contains("ERROR [logs/push-url] k8s-monitoring-ns/configmap-promtail-config.yaml"
            + "#/data/config.yaml/clients/0/url: The client URL"
            + " `http://loki-gateway.k8s-monitoring-ns.svc.cluster.local` is not Loki's push endpoint `/loki/api/v1/push`, so Loki refuses every batch and no line arrives."
            + " | Set `url: " + gateway + "`.");
  }

  @Test
  void check_logShipperPushingToAServiceLokiDoesNotCreate_reportsWiringPushUrl() {
    assertThat(lines(fakeLogs("http://loki-gateway.loki.svc.cluster.local/loki/api/v1/push").build(), "wiring"))
        .containsExactly("ERROR [wiring/push-url] k8s-monitoring-ns/configmap-promtail-config.yaml"
            + "#/data/config.yaml/clients/0/url: The client URL"
            + " `http://loki-gateway.loki.svc.cluster.local/loki/api/v1/push` names Service `loki-gateway` in"
            + " namespace `loki`, which no release of the stack creates and the stack declares none, so the host"
            + " does not resolve and no line reaches Loki. | Set `clients[0].url` in `data.\"config.yaml\"` to"
            + " `http://loki-gateway.k8s-monitoring-ns.svc.cluster.local/loki/api/v1/push`, or declare the Service"
            + " as an external object if something else installs it.");
  }

  @Test
  void build_logShipperWhoseConfigMapIsNotInTheStack_isRefused() {
    FakeLogGenerator generator = FakeLogGenerator.builder().pushUrl("http://loki-gateway/loki/api/v1/push").build();

    assertThatThrownBy(() -> MonitoringStack.builder().logShipper(generator.shipper()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("No ConfigMap of the stack carries the log shipper's configuration under `config.yaml`: add"
            + " `config.toConfigMap(\"<name>\")` to the stack.");
  }

  @Test
  void withSeverityOverrides_addsToTheStacksOwnAndLaterWins() {
    MonitoringStack stack = MonitoringStack.builder().release("prometheus").namespace("monitoring")
        .add(monitor("unselected", "30s", false))
        .severityOverrides(SeverityOverrides.parse("wiring/selection-label=off"))
        .build();

    MonitoringStack overridden = stack.withSeverityOverrides(SeverityOverrides.parse("wiring/selection-label=info"));

    assertThat(stack.check().findings()).isEmpty();
    assertThat(overridden.check().findings()).extracting(Finding::severity).containsExactly(Severity.INFO);
    assertThat(overridden.render().get("kustomization.yaml")).isEqualTo(stack.render().get("kustomization.yaml"));
    assertThatThrownBy(() -> stack.withSeverityOverrides(SeverityOverrides.parse("wiring/selection-lable=off")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("did you mean `wiring/selection-label`?");
  }

  @Test
  void writeTo_userFileInTree_survivesAndUnchangedStackRewritesNothing() throws Exception {
    Files.writeString(out.resolve("README.md"), "mine");
    MonitoringStack stack = MonitoringStack.builder().namespace("monitoring").add(monitor("demo", "30s", true)).build();

    stack.writeTo(out);
    var second = stack.writeTo(out);

    assertThat(out.resolve("README.md")).hasContent("mine");
    assertThat(second.written()).isEmpty();
    assertThat(second.unchanged()).contains("kustomization.yaml", "monitoring/servicemonitor-demo.yaml");
  }

  @Test
  void check_duplicateObject_reportsError() {
    MonitoringStack stack = MonitoringStack.builder().namespace("monitoring")
        .add(monitor("demo", "30s", true), monitor("demo", "1m", true))
        .build();

    assertThat(stack.check().errors()).extracting(f -> f.ruleId().value()).contains("output/duplicate-object");
  }

  @Test
  void check_plaintextSecretAllowed_noFinding() {
    MonitoringStack stack = MonitoringStack.builder().namespace("monitoring").add(secret("not-sensitive"))
        .allowPlaintextSecrets(true).build();

    assertThat(stack.check().findings()).isEmpty();
  }

  @Test
  void check_secretWithoutValues_noFinding() {
    MonitoringStack stack = MonitoringStack.builder().namespace("monitoring").add(secret("")).build();

    assertThat(stack.check().findings()).isEmpty();
  }

  @Test
  void resources_callerMutatesInputAndOutput_stackUnchanged() {
    ConfigMap map = new ConfigMapBuilder().withNewMetadata().withName("c").endMetadata().addToData("k", "v").build();
    MonitoringStack stack = MonitoringStack.builder().namespace("monitoring").add(map).build();

    map.getData().put("k", "changed");
    ((ConfigMap) stack.resources().get(0)).getData().put("k", "changed too");

    assertThat(((ConfigMap) stack.resources().get(0)).getData()).containsEntry("k", "v");
  }

  @Test
  void builder_objectWithoutName_failsNamingKind() {
    assertThatThrownBy(() -> MonitoringStack.builder().add(new ConfigMap()))
        .hasMessage("ConfigMap has no `metadata.name`; every object needs one.");
  }

  @Test
  void check_invalidNameAndNamespace_reportsBoth() {
    ConfigMap map = new ConfigMapBuilder().withNewMetadata().withName("Demo_Rules").withNamespace("team.a").endMetadata()
        .build();

    assertThat(MonitoringStack.builder().add(map).build().check().errors())
        .extracting(f -> f.ruleId() + " " + f.location().pointer() + " " + f.hint().orElse(""))
        .containsExactly(
            "output/object-name /metadata/name Use lower-case letters, digits, `-` and `.` only, starting and ending"
                + " with a letter or digit: `demo-rules`.",
            "output/object-name /metadata/namespace Use lower-case letters, digits and `-` only, at most 63"
                + " characters: `team-a`.");
  }

  @Test
  void render_genericResourceWithNamespace_keepsItsNamespace() {
    GenericKubernetesResource lokiA = new GenericKubernetesResourceBuilder().withApiVersion("loki.grafana.com/v1")
        .withKind("LokiStack").withNewMetadata().withName("logs").withNamespace("team-a").endMetadata().build();
    GenericKubernetesResource lokiB = new GenericKubernetesResourceBuilder().withApiVersion("loki.grafana.com/v1")
        .withKind("LokiStack").withNewMetadata().withName("logs").withNamespace("team-b").endMetadata().build();

    assertThat(MonitoringStack.builder().add(lokiA, lokiB).build().render())
        .containsKeys("team-a/lokistack-logs.yaml", "team-b/lokistack-logs.yaml");
  }

  @Test
  void builder_overrideOfUnknownRule_failsWithNearestId() {
    assertThatThrownBy(() -> MonitoringStack.builder()
        .severityOverrides(SeverityOverrides.parse("wiring/selection-lable=off")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Severity override for unknown rule `wiring/selection-lable`; did you mean"
            + " `wiring/selection-label`? The rules are listed in docs/rules/README.md.");
  }

  @Test
  void check_customSelectorLabels_requiresThemInsteadOfRelease() {
    MonitoringStack stack = MonitoringStack.builder().release("prometheus").namespace("monitoring")
        .selectorLabels(java.util.Map.of("team", "infra"))
        .add(monitor("demo", "30s", true))
        .build();

    assertThat(stack.check().errors()).extracting(Finding::message)
        .containsExactly("ServiceMonitor `demo` has no label `team: infra`, so the chart's Prometheus never scrapes its"
            + " targets.");
  }

  @Test
  void check_kubePrometheusStackValues_selectionJudgedOnceFromTheValues() {
    MonitoringStack stack = MonitoringStack.builder().release("prometheus").namespace("monitoring")
        .add(monitor("unselected", "30s", false))
        .kubePrometheusStack(KubePrometheusStackValues.builder().build())
        .build();

    assertThat(stack.check().findings()).filteredOn(f -> !f.ruleId().area().equals("production")).singleElement()
        .satisfies(finding -> {
        assertThat(finding.ruleId().value()).isEqualTo("wiring/selection-label");
        assertThat(finding.location()).hasToString("monitoring/servicemonitor-unselected.yaml:/metadata/labels");
        assertThat(finding.message()).isEqualTo("ServiceMonitor `unselected` does not match the chart's"
            + " `serviceMonitorSelector` `release=prometheus`, so Prometheus never scrapes its targets.");
        assertThat(finding.hint()).hasValue("Add `release: prometheus` to `metadata.labels`, or set"
            + " `/prometheus/prometheusSpec/serviceMonitorSelectorNilUsesHelmValues: false` in the chart values to select"
            + " every ServiceMonitor.");
        });
  }

  @Test
  void check_valuesSelectEveryServiceMonitor_releaseLabelNotRequired() {
    MonitoringStack stack = MonitoringStack.builder().release("prometheus").namespace("monitoring")
        .selectorLabels(Map.of("team", "infra"))
        .add(monitor("unlabelled", "30s", false))
        .kubePrometheusStack(KubePrometheusStackValues.builder()
            .set("/prometheus/prometheusSpec/serviceMonitorSelectorNilUsesHelmValues", false).build())
        .build();

    assertThat(stack.check().findings()).filteredOn(f -> !f.ruleId().area().equals("production")).isEmpty();
  }

  @Test
  void render_defaultNamespace_placedWhereFabric8PutsIt() {
    ConfigMap map = new ConfigMapBuilder().withNewMetadata().withName("c").addToAdditionalProperties("lables", "x")
        .endMetadata().build();
    ConfigMap withNamespace = new ConfigMapBuilder(map).editMetadata().withNamespace("monitoring").endMetadata().build();

    String added = new String(MonitoringStack.builder().namespace("monitoring").add(map).build().render()
        .get("monitoring/configmap-c.yaml"), StandardCharsets.UTF_8);
    String given = new String(MonitoringStack.builder().add(withNamespace).build().render()
        .get("monitoring/configmap-c.yaml"), StandardCharsets.UTF_8);

    assertThat(added).isEqualTo(given).contains("  name: c\n  namespace: monitoring\n  lables: x\n");
  }

  private static String text(SortedMap<String, byte[]> files, String name) {
    return new String(files.get(name), StandardCharsets.UTF_8);
  }

  private static GenericKubernetesResource alertmanagerConfig(String name, String resource) {
    return new GenericKubernetesResourceBuilder()
        .withApiVersion("monitoring.coreos.com/v1alpha1").withKind("AlertmanagerConfig")
        .withNewMetadata().withName(name).withNamespace("monitoring").addToLabels("resource", resource).endMetadata()
        .addToAdditionalProperties("spec", Map.of(
            "route", Map.of("receiver", "team"),
            "receivers", List.of(Map.of("name", "team"))))
        .build();
  }

  @Test
  void check_dashboardInAConfigMap_resolvesDataSourcesAgainstTheValues() {
    ConfigMap dashboard = new ConfigMapBuilder()
        .withNewMetadata().withName("exported-dashboard").addToLabels("grafana_dashboard", "1").endMetadata()
        .addToData("exported.json", """
            {"title": "Exported", "uid": "exported", "schemaVersion": 42, "panels": [
              {"id": 1, "type": "stat", "title": "Up", "gridPos": {"x": 0, "y": 0, "w": 6, "h": 4},
               "datasource": {"type": "prometheus", "uid": "P1809F7CD0C75ACF3"},
               "targets": [{"refId": "A", "expr": "sum(up)"}]}]}
            """)
        .build();
    MonitoringStack.Builder builder = MonitoringStack.builder().release("prometheus").namespace("monitoring")
        .add(dashboard);

    assertThat(builder.build().check().findings()).isEmpty();
    assertThat(builder.kubePrometheusStack(KubePrometheusStackValues.builder().build()).build().check().findings())
        .filteredOn(f -> !f.ruleId().area().equals("production"))
        .extracting(f -> f.ruleId() + " " + f.location().file().orElseThrow() + "#" + f.location().pointer())
        .containsExactly("dashboard/datasource monitoring/configmap-exported-dashboard.yaml"
            + "#/data/exported.json/panels/0/datasource/uid");
  }

}

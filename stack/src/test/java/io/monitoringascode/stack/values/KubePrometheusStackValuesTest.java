package io.monitoringascode.stack.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.monitoringascode.alerting.assembly.MatcherStrategy;
import io.monitoringascode.alerting.config.InhibitionRule;
import io.monitoringascode.alerting.route.LabelMatcher;
import io.monitoringascode.alerting.route.RouteNode;
import io.monitoringascode.core.SharedData;
import io.monitoringascode.core.render.Canonical;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.values.ChartPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KubePrometheusStackValuesTest {
  /**
   * Paths below which any key is read although the defaults do not list it: keys the chart documents only in a
   * comment, and {@code alertmanager.config}, which the chart writes verbatim as Alertmanager's configuration file.
   */
  private static final Set<String> OPEN_OR_DOCUMENTED = Set.of(
      "/alertmanager/config",
      "/grafana/ingress/ingressClassName",
      "/grafana/persistence/storageClassName",
      "/grafana/persistence/existingClaim");

  private static String yaml(KubePrometheusStackValues values) {
    return new String(Canonical.renderYaml(values.toTree()), StandardCharsets.UTF_8);
  }

  private static JsonNode read(Path file) throws IOException {
    return Canonical.yamlReader().readTree(Files.readAllBytes(file));
  }

  private static LabelSelector matchLabel(String key, String value) {
    return new LabelSelectorBuilder().addToMatchLabels(key, value).build();
  }

  /** The tutorial's kube-prometheus-helm-values.yaml, written with the typed API only. */
  static KubePrometheusStackValues tutorial() {
    return KubePrometheusStackValues.builder()
        .alertmanager(AlertmanagerValues.builder()
            .alertmanagerSpec(AlertmanagerSpecValues.builder()
                .alertmanagerConfigSelector(matchLabel("resource", "prometheus"))
                .build())
            .build())
        .grafana(GrafanaValues.builder()
            .addAdditionalDataSource(GrafanaDataSource.builder()
                .name("Loki")
                .type("loki")
                .url("http://loki-gateway.k8s-monitoring-ns.svc.cluster.local")
                .access(DataSourceAccess.PROXY)
                .build())
            .build())
        .build();
  }

  /** Sets every attribute, for the path walk. */
  static KubePrometheusStackValues maximal() {
    var claim = new PersistentVolumeClaimSpecBuilder().withStorageClassName("standard").withAccessModes("ReadWriteOnce")
        .withNewResources().addToRequests("storage", new Quantity("50Gi")).endResources().build();
    var resources = new ResourceRequirementsBuilder().addToRequests("memory", new Quantity("400Mi"))
        .addToLimits("memory", new Quantity("2Gi")).build();
    DefaultRules.Builder rules = DefaultRules.builder().create(true).addDisabledAlert("KubeSchedulerDown");
    for (DefaultRuleGroup group : DefaultRuleGroup.values()) {
      rules.putGroup(group, true);
    }
    RouteNode route = RouteNode.builder().receiver("null").addGroupBy("namespace").groupWait("30s")
        .groupInterval("5m").repeatInterval("12h")
        .addRoute(RouteNode.builder().receiver("null").addMatcher(LabelMatcher.equal("alertname", "Watchdog"))
            .continueMatching(false).build())
        .build();
    return KubePrometheusStackValues.builder()
        .crdsEnabled(true)
        .defaultRules(rules.build())
        .alertmanager(AlertmanagerValues.builder()
            .enabled(true)
            .config(AlertmanagerBaseConfig.builder().resolveTimeout("5m").route(route).addReceiver("null")
                .addInhibitRule(InhibitionRule.builder().addSourceMatch(LabelMatcher.equal("severity", "critical"))
                    .addTargetMatch(LabelMatcher.regex("severity", "warning|info")).addEqual("namespace").build())
                .addTemplate("/etc/alertmanager/config/*.tmpl")
                .build())
            .alertmanagerSpec(AlertmanagerSpecValues.builder()
                .alertmanagerConfigSelector(matchLabel("resource", "prometheus"))
                .alertmanagerConfigNamespaceSelector(matchLabel("alerting", "enabled"))
                .alertmanagerConfigMatcherStrategy(MatcherStrategy.NONE)
                .replicas(3).retention("120h").storageVolumeClaim(claim).resources(resources)
                .build())
            .build())
        .grafana(GrafanaValues.builder()
            .enabled(true)
            .admin(GrafanaAdminSecret.builder().existingSecret("grafana-admin").userKey("user").passwordKey("pass")
                .build())
            .ingress(GrafanaIngress.builder().ingressClassName("nginx")
                .putAnnotation("cert-manager.io/cluster-issuer", "letsencrypt").addHost("grafana.example.com")
                .path("/").addTls(GrafanaIngressTls.builder().secretName("grafana-tls").addHost("grafana.example.com")
                    .build())
                .build())
            .persistence(GrafanaPersistence.builder().storageClassName("standard").addAccessMode("ReadWriteOnce")
                .size("10Gi").existingClaim("grafana-data").build())
            .dashboardsSidecar(SidecarWatch.builder().enabled(true).label("grafana_dashboard").labelValue("1")
                .searchNamespace("ALL").build())
            .datasourcesSidecar(SidecarWatch.builder().enabled(true).label("grafana_datasource").labelValue("1")
                .searchNamespace("monitoring").build())
            .addAdditionalDataSource(GrafanaDataSource.builder().name("Loki").type("loki").uid("loki")
                .url("http://loki-gateway").access(DataSourceAccess.PROXY).isDefault(false).timeInterval("30s")
                .queryTimeout("60s").httpMethod("POST").manageAlerts(false).maxLines(5000).build())
            .addDashboardProvider(DashboardProvider.builder().name("default").orgId(1).folder("Imported")
                .disableDeletion(false).editable(true).build())
            .addDashboard(DashboardImport.builder().provider("default").name("k8s-views-global").gnetId(15661)
                .revision(2).datasource("Prometheus").build())
            .build())
        .kubeStateMetricsEnabled(true)
        .nodeExporterEnabled(true)
        .prometheus(PrometheusValues.builder()
            .enabled(true)
            .prometheusSpec(PrometheusSpecValues.builder()
                .scrapeInterval("30s").evaluationInterval("30s").putExternalLabel("cluster", "prod")
                .ruleNamespaceSelector(matchLabel("monitoring", "on")).ruleSelectorNilUsesHelmValues(false)
                .ruleSelector(matchLabel("release", "prometheus"))
                .serviceMonitorSelectorNilUsesHelmValues(false).serviceMonitorSelector(matchLabel("a", "b"))
                .serviceMonitorNamespaceSelector(matchLabel("a", "b"))
                .podMonitorSelectorNilUsesHelmValues(false).podMonitorSelector(matchLabel("a", "b"))
                .podMonitorNamespaceSelector(matchLabel("a", "b"))
                .probeSelectorNilUsesHelmValues(false).probeSelector(matchLabel("a", "b"))
                .probeNamespaceSelector(matchLabel("a", "b"))
                .scrapeConfigSelectorNilUsesHelmValues(false).scrapeConfigSelector(matchLabel("a", "b"))
                .scrapeConfigNamespaceSelector(matchLabel("a", "b"))
                .retention("15d").retentionSize("45GiB").replicas(2).resources(resources)
                .storageVolumeClaim(claim)
                .build())
            .build())
        .build();
  }

  /** kube-prometheus-stack's defaults, with the grafana subchart's defaults under {@code grafana}. */
  private static JsonNode chartDefaults() throws IOException {
    Path chart = SharedData.require("reference", "kube-prometheus-stack", "77.11.1");
    ObjectNode defaults = (ObjectNode) read(chart.resolve("values.yaml"));
    ObjectNode grafana = (ObjectNode) read(chart.resolve("subcharts/grafana-10.0.0/values.yaml"));
    merge(grafana, (ObjectNode) defaults.get("grafana"));
    defaults.set("grafana", grafana);
    return defaults;
  }

  private static void merge(ObjectNode target, ObjectNode patch) {
    patch.fields().forEachRemaining(field -> {
      if (target.get(field.getKey()) instanceof ObjectNode inner && field.getValue() instanceof ObjectNode next) {
        merge(inner, next);
      } else {
        target.set(field.getKey(), field.getValue());
      }
    });
  }

  @Test
  void toTree_tutorialValues_equalsTutorialFile() throws IOException {
    Path file = SharedData.require("reference", "tutorial-repo", "k8s", "values", "kube-prometheus-helm-values.yaml");

    assertThat(tutorial().toTree()).isEqualTo(read(file));
  }

  @Test
  void toTree_tutorialValues_rendersExactYaml() {
    assertThat(yaml(tutorial())).isEqualTo("""
        alertmanager:
          alertmanagerSpec:
            alertmanagerConfigSelector:
              matchLabels:
                resource: prometheus
        grafana:
          additionalDataSources:
            - name: Loki
              type: loki
              url: http://loki-gateway.k8s-monitoring-ns.svc.cluster.local
              access: proxy
        """);
  }

  @Test
  void toTree_maximalValues_everyPathIsInTheChartValues() throws IOException {
    assertThat(ChartPaths.offenders(maximal().toTree(), chartDefaults(), OPEN_OR_DOCUMENTED)).isEmpty();
  }

  @Test
  void toTree_seedsMisplacedSelector_onlyThroughEscapeHatchAndNotAChartKey() throws IOException {
    // The seed document tells readers to put the selector under prometheus.prometheusSpec, where the chart never
    // reads it; the typed API cannot write it there, the escape hatch can, and the key index must flag it.
    KubePrometheusStackValues misplaced = KubePrometheusStackValues.builder()
        .set("/prometheus/prometheusSpec/alertmanagerConfigSelector", Map.of("matchLabels",
            Map.of("resource", "prometheus")))
        .build();

    assertThat(ChartPaths.offenders(misplaced.toTree(), chartDefaults(), OPEN_OR_DOCUMENTED))
        .containsExactly("/prometheus/prometheusSpec/alertmanagerConfigSelector (not in the chart's values)");
  }

  @Test
  void toTree_emptyValues_rendersNothing() {
    assertThat(KubePrometheusStackValues.builder().build().toTree()).isEmpty();
  }

  @Test
  void toTree_switches_renderEnabledKeys() {
    KubePrometheusStackValues values = KubePrometheusStackValues.builder()
        .crdsEnabled(false).kubeStateMetricsEnabled(false).nodeExporterEnabled(true)
        .defaultRules(DefaultRules.builder().create(true)
            .putGroup(DefaultRuleGroup.K8S_CONTAINER_CPU_USAGE_SECONDS_TOTAL, false)
            .putGroup(DefaultRuleGroup.ETCD, false)
            .addDisabledAlert("KubeSchedulerDown")
            .addDisabledAlert("KubeControllerManagerDown")
            .build())
        .build();

    assertThat(yaml(values)).isEqualTo("""
        crds:
          enabled: false
        defaultRules:
          create: true
          rules:
            etcd: false
            k8sContainerCpuUsageSecondsTotal: false
          disabled:
            KubeControllerManagerDown: true
            KubeSchedulerDown: true
        kubeStateMetrics:
          enabled: false
        nodeExporter:
          enabled: true
        """);
  }

  @Test
  void set_featureFlags_appliedAfterTypedKeys() {
    KubePrometheusStackValues values = KubePrometheusStackValues.builder()
        .prometheus(PrometheusValues.builder()
            .prometheusSpec(PrometheusSpecValues.builder().retention("15d").build()).build())
        .set("/prometheus/prometheusSpec/enableFeatures", List.of("exemplar-storage"))
        .set("/prometheus/prometheusSpec/retention", "30d")
        .build();

    assertThat(yaml(values)).isEqualTo("""
        prometheus:
          prometheusSpec:
            retention: 30d
            enableFeatures:
              - exemplar-storage
        """);
  }

  @Test
  void set_objectOverTypedObject_mergesKeys() {
    KubePrometheusStackValues values = KubePrometheusStackValues.builder()
        .grafana(GrafanaValues.builder().enabled(true).build())
        .set("/grafana", Map.of("defaultDashboardsTimezone", "browser"))
        .build();

    assertThat(values.toTree().get("grafana")).hasToString(
        "{\"enabled\":true,\"defaultDashboardsTimezone\":\"browser\"}");
  }

  @Test
  void set_notAPointer_throws() {
    assertThatThrownBy(() -> KubePrometheusStackValues.builder().set("prometheus.prometheusSpec.retention", "1d"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("is not a JSON pointer");
  }

  @Test
  void set_throughScalar_throwsAtBuild() {
    assertThatThrownBy(() -> KubePrometheusStackValues.builder()
        .set("/grafana/additionalDataSources", List.of("x"))
        .set("/grafana/additionalDataSources/0/name", "Loki")
        .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("neither an object nor a list");
  }

  @Test
  void check_tutorialValues_haveNoFinding() {
    assertThat(tutorial().check().findings()).isEmpty();
  }

  @Test
  void check_misplacedSelector_namesWhereTheChartReadsIt() {
    KubePrometheusStackValues values = KubePrometheusStackValues.builder()
        .set("/prometheus/prometheusSpec/alertmanagerConfigSelector", Map.of("matchLabels", Map.of("a", "b")))
        .build();

    assertThat(values.check().findings()).singleElement().satisfies(finding -> {
      assertThat(finding.location().pointer()).isEqualTo("/prometheus/prometheusSpec/alertmanagerConfigSelector");
      assertThat(finding.hint()).hasValueSatisfying(hint ->
          assertThat(hint).contains("/alertmanager/alertmanagerSpec/alertmanagerConfigSelector"));
    });
  }
}

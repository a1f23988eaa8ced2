package io.monitoringascode.stack.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.document.DocumentReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReleaseServicesTest {
  private static JsonNode values(String yaml) {
    return DocumentReader.read(yaml).get(0);
  }

  private static List<String> names(ReleaseServices services) {
    return services.services().stream().map(service -> service.name() + "." + service.namespace() + ":"
        + service.ports()).toList();
  }

  @Test
  void kubePrometheusStack_defaults_namesAsTheTutorialCluster() {
    ReleaseServices services = ReleaseServices.kubePrometheusStack("prometheus", "monitoring", values("{}"));
    assertThat(services.complete()).isTrue();
    assertThat(names(services)).containsExactly(
        "prometheus-kube-prometheus-prometheus.monitoring:[9090, 8080]",
        "prometheus-operated.monitoring:[9090]",
        "prometheus-kube-prometheus-alertmanager.monitoring:[9093, 8080]",
        "alertmanager-operated.monitoring:[9093, 9094]",
        "prometheus-kube-prometheus-operator.monitoring:[443]",
        "prometheus-grafana.monitoring:[80]",
        "prometheus-kube-state-metrics.monitoring:[8080]",
        "prometheus-prometheus-node-exporter.monitoring:[9100]");
  }

  @Test
  void kubePrometheusStackFullname_followsTheChartsRules() {
    assertThat(ReleaseServices.kubePrometheusStackFullname("prometheus", values("{}")))
        .isEqualTo("prometheus-kube-prometheus");
    // The release name already contains the chart's name: used as is.
    assertThat(ReleaseServices.kubePrometheusStackFullname("kube-prometheus-stack", values("{}")))
        .isEqualTo("kube-prometheus-stack");
    // Cut at 26 characters, then one trailing dash dropped.
    assertThat(ReleaseServices.kubePrometheusStackFullname("monitoring", values("{}")))
        .isEqualTo("monitoring-kube-prometheus");
    assertThat(ReleaseServices.kubePrometheusStackFullname("observability-platform-x", values("{}")))
        .isEqualTo("observability-platform-x-k");
    assertThat(ReleaseServices.kubePrometheusStackFullname("abcdefghijklmnopqrstuvwxy", values("{}")))
        .isEqualTo("abcdefghijklmnopqrstuvwxy");
    assertThat(ReleaseServices.kubePrometheusStackFullname("prometheus", values("nameOverride: kps")))
        .isEqualTo("prometheus-kps");
    assertThat(ReleaseServices.kubePrometheusStackFullname("prometheus", values("fullnameOverride: stack")))
        .isEqualTo("stack");
  }

  @Test
  void kubePrometheusStack_overridesAndDisabledParts_areFollowed() {
    ReleaseServices services = ReleaseServices.kubePrometheusStack("kps", "monitoring", values("""
        fullnameOverride: kps
        alertmanager: {enabled: false}
        prometheusOperator: {tls: {enabled: false}}
        grafana: {fullnameOverride: grafana, namespaceOverride: dashboards, service: {port: 3000}}
        kubeStateMetrics: {enabled: false}
        nodeExporter: {enabled: false}
        prometheus: {service: {port: 9091, reloaderWebPort: 0}}
        """));
    assertThat(names(services)).containsExactly(
        "kps-prometheus.monitoring:[9091]",
        "prometheus-operated.monitoring:[9090]",
        "kps-operator.monitoring:[8080]",
        "grafana.dashboards:[3000]");
  }

  @Test
  void kubePrometheusStack_nonBooleanSwitches_followHelm() {
    // The chart's own templates test `alertmanager.enabled` by Go truth: 0 renders no Alertmanager; a string is true.
    // Helm reads a subchart's condition (`grafana.enabled`) only when it is a boolean: 0 leaves Grafana installed.
    ReleaseServices services = ReleaseServices.kubePrometheusStack("prometheus", "monitoring", values("""
        alertmanager: {enabled: 0}
        prometheus: {enabled: "false"}
        grafana: {enabled: 0}
        """));
    assertThat(names(services)).contains("prometheus-kube-prometheus-prometheus.monitoring:[9090, 8080]",
        "prometheus-grafana.monitoring:[80]").noneMatch(name -> name.contains("alertmanager"));
  }

  @Test
  void loki_singleBinary_gatewayAndSingleBinaryServices() {
    ReleaseServices services = ReleaseServices.loki("loki", "monitoring", values("deploymentMode: SingleBinary"));
    assertThat(services.complete()).isTrue();
    assertThat(names(services)).containsExactly(
        "loki-gateway.monitoring:[80]",
        "loki.monitoring:[3100, 9095]",
        "loki-headless.monitoring:[3100]",
        "loki-memberlist.monitoring:[7946]",
        "loki-canary.monitoring:[3500]",
        "loki-chunks-cache.monitoring:[11211]",
        "loki-results-cache.monitoring:[11211]");
  }

  @Test
  void loki_otherReleaseName_gatewayFollowsTheReleaseButTargetsTheChartName() {
    ReleaseServices services = ReleaseServices.loki("logs", "monitoring", values("""
        gateway: {enabled: false}
        lokiCanary: {enabled: false}
        chunksCache: {enabled: false}
        resultsCache: {enabled: false}
        """));
    assertThat(names(services)).containsExactly(
        "loki-read.monitoring:[3100, 9095]", "loki-read-headless.monitoring:[3100, 9095]",
        "loki-write.monitoring:[3100, 9095]", "loki-write-headless.monitoring:[3100, 9095]",
        "loki-backend.monitoring:[3100, 9095]", "loki-backend-headless.monitoring:[3100, 9095]",
        "loki-memberlist.monitoring:[7946]");
    assertThat(ReleaseServices.loki("logs", "monitoring", values("{}")).named("logs-loki-gateway")).isPresent();
  }

  @Test
  void loki_distributed_isNotComplete() {
    assertThat(ReleaseServices.loki("loki", "monitoring", values("deploymentMode: Distributed")).complete()).isFalse();
    assertThat(ReleaseServices.loki("loki", "monitoring", values("enterprise: {enabled: true}")).complete()).isFalse();
  }

  @Test
  void serviceUrl_clusterForms_parse() {
    assertThat(ServiceUrl.parse("http://loki-gateway.monitoring.svc.cluster.local/loki/api/v1/push")).hasValueSatisfying(
        url -> {
          assertThat(url.service()).isEqualTo("loki-gateway");
          assertThat(url.namespace()).contains("monitoring");
          assertThat(url.portOrDefault()).isEqualTo(80);
          assertThat(url.form()).isEqualTo(ServiceUrl.Form.FULLY_QUALIFIED);
        });
    assertThat(ServiceUrl.parse("http://prometheus-operated.monitoring.svc:9090").orElseThrow().form())
        .isEqualTo(ServiceUrl.Form.SVC);
    assertThat(ServiceUrl.parse("http://prometheus-kube-prometheus-prometheus.monitoring:9090/").orElseThrow().form())
        .isEqualTo(ServiceUrl.Form.NAMESPACED);
    assertThat(ServiceUrl.parse("https://prometheus").orElseThrow().portOrDefault()).isEqualTo(443);
    // Go's net/url reads the scheme case-insensitively, as Grafana and Promtail do.
    assertThat(ServiceUrl.parse("HTTPS://Prometheus").orElseThrow().scheme()).isEqualTo("https");
    assertThat(ServiceUrl.parse("http://prometheus:9090").orElseThrow().namespaceOr("monitoring"))
        .isEqualTo("monitoring");
  }

  @Test
  void serviceUrl_outsideTheCluster_isEmpty() {
    assertThat(ServiceUrl.parse("https://logs-prod-eu-west-0.grafana.net")).isEmpty();
    assertThat(ServiceUrl.parse("http://10.0.0.12:3100")).isEmpty();
    assertThat(ServiceUrl.parse("http://localhost:9090")).isEmpty();
    assertThat(ServiceUrl.parse("http://{{ .Release.Name }}-loki:3100")).isEmpty();
    assertThat(ServiceUrl.parse("loki-gateway")).isEmpty();
    assertThat(ServiceUrl.parse("http://loki.monitoring.svc.example.org")).isEmpty();
  }

  @Test
  void clusterService_urlsAndAnswers() {
    ClusterService gateway = new ClusterService("loki-gateway", "monitoring", List.of(80));
    assertThat(gateway.urls()).containsExactly("http://loki-gateway.monitoring.svc.cluster.local",
        "http://loki-gateway.monitoring.svc", "http://loki-gateway.monitoring", "http://loki-gateway");
    assertThat(gateway.answers(ServiceUrl.parse("http://loki-gateway").orElseThrow(), "monitoring")).isTrue();
    assertThat(gateway.answers(ServiceUrl.parse("http://loki-gateway").orElseThrow(), "other")).isFalse();
    assertThat(gateway.answers(ServiceUrl.parse("http://loki-gateway.monitoring:3100").orElseThrow(), "x")).isFalse();
    assertThat(gateway.names(ServiceUrl.parse("http://loki-gateway.monitoring:3100").orElseThrow(), "x")).isTrue();
  }
}

package io.monitoringascode.stack.wiring.grafana;

import static io.monitoringascode.stack.wiring.WiringViews.document;
import static io.monitoringascode.stack.wiring.WiringViews.kubePrometheusStack;
import static io.monitoringascode.stack.wiring.WiringViews.lines;
import static io.monitoringascode.stack.wiring.WiringViews.loki;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.stack.layout.ChartRelease;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.wiring.StackView;
import java.util.List;
import org.junit.jupiter.api.Test;

class WiringDatasourceUrlCheckTest {
  private static final String SINGLE_BINARY = "deploymentMode: SingleBinary\n";
  private final WiringDatasourceUrlCheck check = new WiringDatasourceUrlCheck();

  private static ChartRelease withLokiUrl(String url) {
    return kubePrometheusStack("""
        grafana:
          additionalDataSources:
            - {name: Loki, type: loki, uid: loki, access: proxy, url: "%s"}
        """.formatted(url));
  }

  private static StackView view(ChartRelease stack, ChartRelease loki, RenderedDocument... documents) {
    return new StackView(List.of(documents), List.of(), List.of(stack, loki));
  }

  @Test
  void tutorialValues_lokiGatewayUrl_passes() {
    assertThat(lines(check, view(withLokiUrl("http://loki-gateway.k8s-monitoring-ns.svc.cluster.local"),
        loki(SINGLE_BINARY)))).isEmpty();
    // The short forms name the same Service; `loki:3100` is the single binary's own Service.
    assertThat(lines(check, view(withLokiUrl("http://loki-gateway.k8s-monitoring-ns"), loki(SINGLE_BINARY))))
        .isEmpty();
    assertThat(lines(check, view(withLokiUrl("http://loki:3100"), loki(SINGLE_BINARY)))).isEmpty();
  }

  @Test
  void lokiUrl_serviceTheLokiReleaseDoesNotCreate_reportsWithTheGateway() {
    // In the chart's default SimpleScalable mode there is no `loki` Service, only loki-read, loki-write, loki-backend.
    assertThat(lines(check, view(withLokiUrl("http://loki:3100"), loki("{}")))).containsExactly(
        "error [wiring/datasource-url] values/kube-prometheus-stack.yaml#/grafana/additionalDataSources/0/url: Data"
            + " source `Loki` has URL `http://loki:3100`, but no release of the stack creates Service `loki` in"
            + " namespace `k8s-monitoring-ns` and the stack declares none, so every query fails to resolve the host."
            + " | Set `grafana.additionalDataSources[0].url` to"
            + " `http://loki-gateway.k8s-monitoring-ns.svc.cluster.local`, or declare the Service as an external"
            + " object if something else installs it.");
  }

  @Test
  void lokiUrl_wrongNamespace_reportsTheReleasesNamespace() {
    assertThat(lines(check, view(withLokiUrl("http://loki-gateway.loki.svc.cluster.local"), loki(SINGLE_BINARY))))
        .containsExactly("error [wiring/datasource-url] values/kube-prometheus-stack.yaml"
            + "#/grafana/additionalDataSources/0/url: Data source `Loki` has URL"
            + " `http://loki-gateway.loki.svc.cluster.local`, but no release of the stack creates Service"
            + " `loki-gateway` in namespace `loki` and the stack declares none, so every query fails to resolve the"
            + " host. | Set `grafana.additionalDataSources[0].url` to"
            + " `http://loki-gateway.k8s-monitoring-ns.svc.cluster.local`, or declare the Service as an external"
            + " object if something else installs it.");
  }

  @Test
  void lokiUrl_portTheServiceDoesNotListenOn_reportsThePort() {
    assertThat(lines(check, view(withLokiUrl("http://loki-gateway.k8s-monitoring-ns.svc.cluster.local:3100"),
        loki(SINGLE_BINARY)))).containsExactly("error [wiring/datasource-url] values/kube-prometheus-stack.yaml"
            + "#/grafana/additionalDataSources/0/url: Data source `Loki` has URL"
            + " `http://loki-gateway.k8s-monitoring-ns.svc.cluster.local:3100`, but Service `loki-gateway` in"
            + " namespace `k8s-monitoring-ns` listens on port 80, not 3100, so every query fails to connect."
            + " | Set `grafana.additionalDataSources[0].url` to"
            + " `http://loki-gateway.k8s-monitoring-ns.svc.cluster.local`.");
  }

  @Test
  void urls_outsideTheClusterOrUnknowable_areIgnored() {
    for (String url : List.of("https://logs-prod-eu-west-0.grafana.net", "http://loki.example:3100",
        "http://{{ .Release.Name }}-loki-gateway", "http://10.0.0.7:3100")) {
      assertThat(lines(check, view(withLokiUrl(url), loki(SINGLE_BINARY)))).as(url).isEmpty();
    }
    // Loki's distributed components are not modelled: no verdict.
    assertThat(lines(check, view(withLokiUrl("http://loki-query-frontend:3100"), loki("""
        deploymentMode: Distributed
        """)))).isEmpty();
    // Without kube-prometheus-stack, Grafana's namespace is unknown.
    assertThat(lines(check, new StackView(List.of(), List.of(), List.of(loki("{}"))))).isEmpty();
  }

  @Test
  void declaredService_passes_undeclaredOneWithoutNearName_reportsWithoutSuggestion() {
    ChartRelease stack = kubePrometheusStack("""
        grafana:
          additionalDataSources:
            - {name: Tempo, type: tempo, url: "http://tempo.tracing:3200"}
            - {name: Jaeger, type: jaeger, url: "http://jaeger-query:16686"}
        """);
    RenderedDocument tempo = document("tracing/service-tempo.yaml", """
        apiVersion: v1
        kind: Service
        metadata: {name: tempo, namespace: tracing}
        spec: {ports: [{name: http, port: 3200}]}
        """);
    assertThat(lines(check, new StackView(List.of(), List.of(tempo), List.of(stack)))).containsExactly(
        "error [wiring/datasource-url] values/kube-prometheus-stack.yaml#/grafana/additionalDataSources/1/url: Data"
            + " source `Jaeger` has URL `http://jaeger-query:16686`, but no release of the stack creates Service"
            + " `jaeger-query` in namespace `k8s-monitoring-ns` and the stack declares none, so every query fails to"
            + " resolve the host. | Point `grafana.additionalDataSources[1].url` at a Service of the stack, or"
            + " declare the Service as an external object if something else installs it.");
  }

  @Test
  void dataSourceConfigMap_urlOfNoService_reportsInsideTheFile() {
    RenderedDocument configMap = document("k8s-monitoring-ns/configmap-loki-datasource.yaml", """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: loki-datasource
          namespace: k8s-monitoring-ns
          labels: {grafana_datasource: "1"}
        data:
          loki.yaml: |
            apiVersion: 1
            datasources:
              - {name: Loki, type: loki, uid: loki, url: "http://loki-read.k8s-monitoring-ns.svc.cluster.local:3100"}
        """);
    assertThat(lines(check, view(kubePrometheusStack("{}"), loki(SINGLE_BINARY), configMap))).containsExactly(
        "error [wiring/datasource-url] k8s-monitoring-ns/configmap-loki-datasource.yaml"
            + "#/data/loki.yaml/datasources/0/url: Data source `Loki` has URL"
            + " `http://loki-read.k8s-monitoring-ns.svc.cluster.local:3100`, but no release of the stack creates"
            + " Service `loki-read` in namespace `k8s-monitoring-ns` and the stack declares none, so every query fails"
            + " to resolve the host. | Set `datasources[0].url` in `data.\"loki.yaml\"` to"
            + " `http://loki-gateway.k8s-monitoring-ns.svc.cluster.local`, or declare the Service as an external"
            + " object if something else installs it.");
  }
}

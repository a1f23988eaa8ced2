package io.monitoringascode.stack.wiring.grafana;

import static io.monitoringascode.stack.wiring.WiringViews.document;
import static io.monitoringascode.stack.wiring.WiringViews.kubePrometheusStack;
import static io.monitoringascode.stack.wiring.WiringViews.lines;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.wiring.StackView;
import java.util.List;
import org.junit.jupiter.api.Test;

class WiringDatasourceNotLoadedCheckTest {
  private final WiringDatasourceNotLoadedCheck check = new WiringDatasourceNotLoadedCheck();

  private static RenderedDocument dataSources(String namespace) {
    return document(namespace + "/configmap-loki-datasource.yaml", """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: loki-datasource
          namespace: %s
          labels: {grafana_datasource: "1"}
        data:
          loki.yaml: |
            apiVersion: 1
            datasources:
              - {name: Loki, type: loki, uid: loki, url: "http://loki-gateway.k8s-monitoring-ns.svc.cluster.local"}
        """.formatted(namespace));
  }

  private List<String> run(String values, RenderedDocument configMap) {
    return lines(check, new StackView(List.of(configMap), List.of(), List.of(kubePrometheusStack(values))));
  }

  @Test
  void dataSourceConfigMap_outsideGrafanasNamespace_reportsTheNamespace() {
    assertThat(run("{}", dataSources("logging"))).containsExactly(
        "error [wiring/datasource-not-loaded] logging/configmap-loki-datasource.yaml#/metadata/namespace: ConfigMap"
            + " `loki-datasource` carries data-source file `loki.yaml` in namespace `logging`, but the Grafana sidecar"
            + " searches only `k8s-monitoring-ns`, so Grafana never provisions its data sources. | Move the ConfigMap"
            + " to namespace `k8s-monitoring-ns`, or add `logging` to `grafana.sidecar.datasources.searchNamespace` (or"
            + " set it to `ALL`) in the kube-prometheus-stack values.");
  }

  @Test
  void dataSourceConfigMap_inGrafanasNamespaceOrSearched_passes() {
    assertThat(run("{}", dataSources("k8s-monitoring-ns"))).isEmpty();
    assertThat(run("grafana: {sidecar: {datasources: {searchNamespace: ALL}}}", dataSources("logging"))).isEmpty();
    assertThat(run("grafana: {sidecar: {datasources: {searchNamespace: [logging]}}}", dataSources("logging")))
        .isEmpty();
  }
}

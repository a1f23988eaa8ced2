package io.monitoringascode.stack.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.monitoringascode.core.render.Canonical;
import io.monitoringascode.core.value.InvalidModelException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GrafanaValuesTest {
  private static String yaml(GrafanaValues values) {
    return new String(Canonical.renderYaml(values.toTree().node()), StandardCharsets.UTF_8);
  }

  @Test
  void toTree_adminFromSecretIngressAndPersistence_rendersSubchartKeys() {
    GrafanaValues values = GrafanaValues.builder()
        .admin(GrafanaAdminSecret.builder().existingSecret("grafana-admin").build())
        .ingress(GrafanaIngress.builder().ingressClassName("nginx").addHost("grafana.example.com")
            .addTls(GrafanaIngressTls.builder().secretName("grafana-tls").addHost("grafana.example.com").build())
            .build())
        .persistence(GrafanaPersistence.builder().size("20Gi").build())
        .build();

    assertThat(yaml(values)).isEqualTo("""
        admin:
          existingSecret: grafana-admin
        ingress:
          enabled: true
          ingressClassName: nginx
          hosts:
            - grafana.example.com
          tls:
            - secretName: grafana-tls
              hosts:
                - grafana.example.com
        persistence:
          enabled: true
          size: 20Gi
        """);
  }

  @Test
  void toTree_dashboardImports_groupedByProviderAndSorted() {
    GrafanaValues values = GrafanaValues.builder()
        .dashboardsSidecar(SidecarWatch.builder().searchNamespace("ALL").build())
        .addDashboardProvider(DashboardProvider.builder().name("default").build())
        .addDashboard(DashboardImport.builder().provider("default").name("node-exporter").gnetId(1860).revision(37)
            .datasource("Prometheus").build())
        .addDashboard(DashboardImport.builder().provider("default").name("k8s-views-global").gnetId(15661)
            .revision(2).build())
        .build();

    assertThat(yaml(values)).isEqualTo("""
        sidecar:
          dashboards:
            searchNamespace: ALL
        dashboardProviders:
          dashboardproviders.yaml:
            apiVersion: 1
            providers:
              - name: default
                type: file
                options:
                  path: /var/lib/grafana/dashboards/default
        dashboards:
          default:
            k8s-views-global:
              gnetId: 15661
              revision: 2
            node-exporter:
              gnetId: 1860
              revision: 37
              datasource: Prometheus
        """);
  }

  @Test
  void toTree_prometheusDataSource_rendersJsonData() {
    GrafanaValues values = GrafanaValues.builder()
        .addAdditionalDataSource(GrafanaDataSource.builder().name("Thanos").type("prometheus").uid("thanos")
            .url("http://thanos-query:9090").timeInterval("30s").httpMethod("POST").build())
        .build();

    assertThat(yaml(values)).isEqualTo("""
        additionalDataSources:
          - name: Thanos
            type: prometheus
            uid: thanos
            url: http://thanos-query:9090
            jsonData:
              timeInterval: 30s
              httpMethod: POST
        """);
  }

  @Test
  void build_duplicateDataSourceName_throws() {
    GrafanaDataSource loki = GrafanaDataSource.builder().name("Loki").type("loki").build();

    assertThatThrownBy(() -> GrafanaValues.builder().addAdditionalDataSources(loki, loki).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("`Loki` appears twice");
  }

  @Test
  void build_badHttpMethod_throws() {
    assertThatThrownBy(() -> GrafanaDataSource.builder().name("P").type("prometheus").httpMethod("PUT").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("httpMethod");
  }

  @Test
  void build_tlsWithoutHost_throws() {
    assertThatThrownBy(() -> GrafanaIngressTls.builder().secretName("grafana-tls").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("needs a host");
  }

  @Test
  void build_adminSecretWithInvalidName_throws() {
    assertThatThrownBy(() -> GrafanaAdminSecret.builder().existingSecret("Grafana_Admin").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("`existingSecret`");
  }
}

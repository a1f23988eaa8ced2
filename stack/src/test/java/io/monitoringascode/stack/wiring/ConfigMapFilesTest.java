package io.monitoringascode.stack.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.grafana.datasource.DataSource;
import io.monitoringascode.grafana.datasource.DataSourceType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigMapFilesTest {
  private static final JsonNode CONFIG_MAP = DocumentReader.read("""
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: dashboards, namespace: k8s-monitoring-ns, labels: {grafana_dashboard: "1"}}
      data:
        demo/app.json: |
          {"title": "Demo app", "uid": "demo-app", "schemaVersion": 42, "panels": [
            {"id": 1, "type": "timeseries", "title": "Rate", "gridPos": {"x": 0, "y": 0, "w": 12, "h": 8},
             "datasource": {"type": "prometheus", "uid": "P1809F7CD0C75ACF3"},
             "targets": [{"refId": "A", "expr": "sum(rate(http_requests_total[5m])"}]}]}
        notes.json: '{"not": "a dashboard"}'
        broken.json: '{'
      """).get(0);

  @Test
  void dashboards_onlyTheDashboardKeys() {
    assertThat(ConfigMapFiles.dashboards(CONFIG_MAP)).extracting(ConfigMapFiles.Entry::pointer)
        .containsExactly("/data/demo~1app.json");
  }

  @Test
  void checkDashboards_findingsPointIntoTheDataKey() {
    List<DataSource> provisioned = List.of(DataSource.builder().name("Prometheus").type(DataSourceType.PROMETHEUS)
        .uid("prometheus").url("http://prometheus-operated:9090").build());
    List<Finding> findings = ConfigMapFiles.checkDashboards(CONFIG_MAP, "k8s/cm.yaml", 2, provisioned).findings();
    assertThat(findings).extracting(f -> f.ruleId() + " " + f.location().file().orElseThrow() + "#"
        + f.location().document() + f.location().pointer()).containsExactly(
        "dashboard/datasource k8s/cm.yaml#2/data/demo~1app.json/panels/0/datasource/uid",
        "dashboard/query-syntax k8s/cm.yaml#2/data/demo~1app.json/panels/0/targets/0/expr");
    // Without provisioned data sources the reference is not resolved.
    assertThat(ConfigMapFiles.checkDashboards(CONFIG_MAP, "k8s/cm.yaml", 2, List.of()).findings())
        .extracting(f -> f.ruleId().value()).containsExactly("dashboard/query-syntax");
  }

  @Test
  void otherKinds_haveNoFiles() {
    assertThat(ConfigMapFiles.dashboards(DocumentReader.read("""
        apiVersion: v1
        kind: Secret
        metadata: {name: s}
        stringData: {a.json: '{"title": "x", "panels": []}'}
        """).get(0))).isEmpty();
  }
}

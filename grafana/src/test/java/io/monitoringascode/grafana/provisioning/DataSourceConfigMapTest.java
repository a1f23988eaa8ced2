package io.monitoringascode.grafana.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.render.Canonical;
import io.monitoringascode.grafana.datasource.DataSource;
import io.monitoringascode.grafana.datasource.DataSourceType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataSourceConfigMapTest {
  private static final DataSource LOKI = DataSource.builder().name("Loki").type(DataSourceType.LOKI).uid("loki")
      .url("http://loki-gateway.monitoring.svc.cluster.local").build();

  @Test
  void toConfigMap_carriesTheSidecarLabelAndTheProvisioningFile() {
    DataSourceConfigMap configMap = DataSourceConfigMap.builder().name("loki-datasource").namespace("monitoring")
        .addDataSources(LOKI).build();

    String yaml = new String(Canonical.renderYaml(Canonical.toTree(configMap.toConfigMap())), StandardCharsets.UTF_8);

    assertThat(yaml).contains("grafana_datasource: \"1\"", "name: loki-datasource", "namespace: monitoring",
        "apiVersion: 1", "uid: loki", "type: loki", "url: http://loki-gateway.monitoring.svc.cluster.local");
  }

  @Test
  void toValuesList_givesTheChartsAdditionalDataSourcesEntries() {
    assertThat(DataSourceConfigMap.toValuesList(List.of(LOKI))).singleElement()
        .satisfies(entry -> assertThat(entry).containsEntry("name", "Loki").containsEntry("uid", "loki")
            .containsEntry("type", "loki"));
  }
}

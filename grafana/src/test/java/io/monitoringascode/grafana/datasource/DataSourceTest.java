package io.monitoringascode.grafana.datasource;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import io.monitoringascode.core.value.InvalidModelException;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DataSourceTest {
  private static DataSource.Builder alertmanager() {
    return DataSource.builder().name("Alertmanager").type(DataSourceType.ALERTMANAGER).uid("alertmanager")
        .url("http://alertmanager-operated.monitoring:9093");
  }

  @Test
  void provisioningEntry_inGrafanasOrder_withJsonData() {
    DataSource dataSource = alertmanager().putJsonData("implementation", "prometheus").build();

    assertThat(dataSource.toProvisioningEntry()).containsExactly(
        entry("name", "Alertmanager"), entry("type", "alertmanager"),
        entry("uid", "alertmanager"), entry("access", "proxy"),
        entry("url", "http://alertmanager-operated.monitoring:9093"),
        entry("isDefault", false),
        entry("jsonData", new TreeMap<>(Map.of("implementation", "prometheus"))));
    assertThat(dataSource.ref().toJson().toString()).isEqualTo("{\"type\":\"alertmanager\",\"uid\":\"alertmanager\"}");
  }

  @Test
  void build_uidOf41Characters_throws() {
    assertThatThrownBy(() -> alertmanager().uid("u".repeat(41)).build())
        .isInstanceOf(InvalidModelException.class).hasMessageContaining("1 to 40");
  }

  @Test
  void build_unknownAccess_throws() {
    assertThatThrownBy(() -> alertmanager().access("server").build())
        .isInstanceOf(InvalidModelException.class).hasMessageContaining("`proxy` or `direct`");
  }

  @Test
  void ref_legacyName_rendersAsString() {
    DataSourceRef ref = DataSourceRef.fromJson(TextNode.valueOf("$datasource"));

    assertThat(ref.legacyName()).contains("$datasource");
    assertThat(ref.toJson().textValue()).isEqualTo("$datasource");
  }
}

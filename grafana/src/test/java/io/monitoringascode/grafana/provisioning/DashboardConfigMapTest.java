package io.monitoringascode.grafana.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.grafana.dashboard.Dashboard;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DashboardConfigMapTest {
  private static final Dashboard DASHBOARD = Dashboard.builder().uid("d").title("D").build();

  @Test
  void toConfigMap_defaultLabel_carriesDashboardJson() {
    ConfigMap configMap = DashboardConfigMap.builder().name("d-dashboard").dashboard(DASHBOARD).build().toConfigMap();

    assertThat(configMap.getMetadata().getLabels()).containsExactly(Map.entry("grafana_dashboard", "1"));
    assertThat(configMap.getData()).containsOnlyKeys("d-dashboard.json");
    assertThat(configMap.getData().get("d-dashboard.json"))
        .isEqualTo(new String(DASHBOARD.render(), StandardCharsets.UTF_8));
  }

  @Test
  void toConfigMap_chartLabelAndFolder_followValues() {
    ConfigMap configMap = DashboardConfigMap.builder().name("d").dashboard(DASHBOARD).labelKey("dashboards")
        .labelValue("team-a").putAnnotation("grafana_folder", "Team A").build().toConfigMap();

    assertThat(configMap.getMetadata().getLabels()).containsExactly(Map.entry("dashboards", "team-a"));
    assertThat(configMap.getMetadata().getAnnotations()).containsExactly(Map.entry("grafana_folder", "Team A"));
  }

  @Test
  void build_badName_throws() {
    assertThatThrownBy(() -> DashboardConfigMap.builder().name("Demo_App").dashboard(DASHBOARD).build())
        .isInstanceOf(InvalidModelException.class).hasMessageContaining("DNS-1123");
  }
}

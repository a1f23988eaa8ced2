package io.monitoringascode.grafana.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.grafana.datasource.DataSource;
import io.monitoringascode.grafana.datasource.DataSourceType;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardDatasourceCheckTest {
  private static final List<DataSource> PROVISIONED = List.of(
      DataSource.builder().name("Prometheus").type(DataSourceType.PROMETHEUS).uid("prometheus")
          .url("http://prometheus-operated:9090").build(),
      DataSource.builder().name("Loki").type(DataSourceType.LOKI).uid("loki")
          .url("http://loki-gateway").build());
  private final DashboardDatasourceCheck check = new DashboardDatasourceCheck(PROVISIONED);

  @Test
  void panel_unknownUid_reportsError() {
    assertThat(CheckCases.lines(check, """
        {"panels": [{"title": "Rate", "datasource": {"type": "prometheus", "uid": "P1809F7CD0C75ACF3"}}]}
        """)).containsExactly("error [dashboard/datasource] /panels/0/datasource/uid: Data source uid"
            + " `P1809F7CD0C75ACF3` is not provisioned, so Grafana shows \"Datasource not found\" and the panel stays"
            + " empty. | Use one of [loki, prometheus], or a data-source variable such as `${datasource}`.");
  }

  @Test
  void target_unknownLegacyName_reportsError() {
    assertThat(CheckCases.findings(check, """
        {"panels": [{"datasource": "-- Mixed --", "targets": [{"datasource": "Prometheus-2", "expr": "up"}]}]}
        """)).extracting(f -> f.location().pointer()).containsExactly("/panels/0/targets/0/datasource");
  }

  @Test
  void variableAndAnnotation_unknownUid_reportErrors() {
    assertThat(CheckCases.findings(check, """
        {"templating": {"list": [{"name": "job", "type": "query", "datasource": {"uid": "thanos"}}]},
         "annotations": {"list": [{"name": "deploys", "datasource": {"type": "loki", "uid": "old-loki"}}]}}
        """)).extracting(f -> f.location().pointer())
        .containsExactly("/templating/list/0/datasource/uid", "/annotations/list/0/datasource/uid");
  }

  @Test
  void references_provisionedVariableOrBuiltIn_pass() {
    assertThat(CheckCases.lines(check, """
        {"annotations": {"list": [{"builtIn": 1, "datasource": {"type": "grafana", "uid": "-- Grafana --"}}]},
         "panels": [{"datasource": {"type": "prometheus", "uid": "prometheus"}},
                    {"datasource": {"uid": "${datasource}"}}, {"datasource": "$ds"},
                    {"datasource": {"type": "datasource", "uid": "-- Mixed --"},
                     "targets": [{"datasource": {"uid": "loki"}}, {"datasource": "Loki"}]},
                    {"datasource": {"type": "datasource", "uid": "-- Dashboard --"}}]}
        """)).isEmpty();
  }

  @Test
  void references_byNameInTheUidOrByUidInTheLegacyForm_pass() {
    assertThat(CheckCases.lines(check, """
        {"panels": [{"datasource": {"type": "prometheus", "uid": "Prometheus"}}, {"datasource": "loki"}]}
        """)).isEmpty();
  }

  @Test
  void references_withoutProvisionedDataSources_areIgnored() {
    assertThat(CheckCases.lines(new DashboardDatasourceCheck(List.of()), """
        {"panels": [{"datasource": {"type": "prometheus", "uid": "anything"}}]}
        """)).isEmpty();
  }
}

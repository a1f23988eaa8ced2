package io.monitoringascode.grafana.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.grafana.datasource.DataSourceRef;
import io.monitoringascode.grafana.datasource.DataSourceType;
import io.monitoringascode.grafana.panel.GridPos;
import io.monitoringascode.grafana.panel.Panel;
import io.monitoringascode.grafana.panel.Target;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardTest {
  private static final DataSourceRef PROMETHEUS = DataSourceRef.of("prometheus", "prometheus");

  @Test
  void layout_automatic_flowsPanelsOnTheGrid() {
    Dashboard dashboard = Dashboard.builder().title("t")
        .addPanels(Panel.row("Overview").build(),
            Panel.stat("a").build(), Panel.stat("b").build(), Panel.timeseries("c").build(),
            Panel.timeseries("d").build(), Panel.logs("e").build())
        .build();

    assertThat(positions(dashboard.toJson())).containsExactly(
        "1 0,0 24x1", "2 0,1 6x8", "3 6,1 6x8", "4 12,1 12x8", "5 0,9 12x8", "6 0,17 24x8");
  }

  @Test
  void layout_explicitGridPosAndId_keptAndOthersFollow() {
    Dashboard dashboard = Dashboard.builder().title("t")
        .addPanels(Panel.timeseries("a").id(10).gridPos(new GridPos(0, 0, 24, 6)).build(),
            Panel.timeseries("b").width(8).height(4).build())
        .build();

    assertThat(positions(dashboard.toJson())).containsExactly("10 0,0 24x6", "11 0,6 8x4");
  }

  @Test
  void layout_collapsedRow_placesItsPanelsBelowTheRow() {
    Dashboard dashboard = Dashboard.builder().title("t")
        .addPanels(Panel.row("Details").collapsed(true).addPanels(Panel.timeseries("x").build()).build(),
            Panel.row("Next").build())
        .build();

    JsonNode json = dashboard.toJson();
    assertThat(json.at("/panels/0/panels/0/gridPos/y").intValue()).isEqualTo(1);
    assertThat(json.at("/panels/0/panels/0/id").intValue()).isEqualTo(2);
    assertThat(json.at("/panels/1/gridPos/y").intValue()).isEqualTo(1);
    assertThat(json.at("/panels/1/id").intValue()).isEqualTo(3);
  }

  @Test
  void layout_targetsWithoutRefId_getFreeLetters() {
    Dashboard dashboard = Dashboard.builder().title("t")
        .addPanels(Panel.timeseries("a").datasource(PROMETHEUS)
            .addTargets(Target.prometheus("up"), Target.builder().expr("x").refId("A").build(), Target.prometheus("y"))
            .build())
        .build();

    assertThat(dashboard.toJson().at("/panels/0/targets").findValuesAsText("refId")).containsExactly("B", "A", "C");
  }

  @Test
  void render_twice_givesTheSameBytes() {
    Dashboard dashboard = Dashboard.builder().uid("x").title("t").addVariables(
            Variable.datasource("ds", DataSourceType.PROMETHEUS), Variable.interval("step", "1m", "5m"),
            Variable.constant("cluster", "prod"), Variable.adhoc("filters", DataSourceRef.variable("prometheus", "ds")))
        .addPanels(Panel.text("Readme", "# Hello $cluster").build(), Panel.gauge("g").build(),
            Panel.barGauge("b").build(), Panel.table("t").build(), Panel.heatmap("h").build(),
            Panel.pieChart("p").build())
        .addAnnotations(Annotation.query("Deploys", PROMETHEUS, "changes(kube_deployment_status_observed_generation[5m]) > 0"))
        .addLinks(DashboardLink.dashboards("Related", "demo"))
        .build();

    String text = new String(dashboard.render(), StandardCharsets.UTF_8);
    assertThat(dashboard.render()).isEqualTo(dashboard.render());
    assertThat(text).endsWith("}\n").contains("\"schemaVersion\" : 42");
    assertThat(dashboard.toJson().at("/templating/list/3/datasource/uid").textValue()).isEqualTo("${ds}");
  }

  @Test
  void build_blankTitle_throwsNamingIt() {
    assertThatThrownBy(() -> Dashboard.builder().title(" ").build())
        .isInstanceOf(InvalidModelException.class).hasMessageContaining("`title`");
  }

  @Test
  void build_variableNameWithDash_throws() {
    assertThatThrownBy(() -> Variable.custom("my-var", "a"))
        .isInstanceOf(InvalidModelException.class).hasMessageContaining("my-var");
  }

  @Test
  void build_panelsInNonRow_throws() {
    assertThatThrownBy(() -> Panel.stat("s").addPanels(Panel.stat("t").build()).build())
        .isInstanceOf(InvalidModelException.class).hasMessageContaining("only a row holds panels");
  }

  private static List<String> positions(JsonNode dashboard) {
    List<String> positions = new ArrayList<>();
    for (JsonNode panel : dashboard.get("panels")) {
      JsonNode pos = panel.get("gridPos");
      positions.add(panel.get("id").intValue() + " " + pos.get("x").intValue() + "," + pos.get("y").intValue() + " "
          + pos.get("w").intValue() + "x" + pos.get("h").intValue());
    }
    return positions;
  }
}

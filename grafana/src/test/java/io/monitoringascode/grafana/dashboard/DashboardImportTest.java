package io.monitoringascode.grafana.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monitoringascode.core.SharedData;
import io.monitoringascode.core.value.InvalidModelException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DashboardImportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<String> referenceDashboards() {
    return Stream.of("dotdc-k8s-views-namespaces.json", "kps-77.11.1-k8s-coredns.json", "loki-mixin-loki-logs.json",
        "rfmoz-node-exporter-full.json");
  }

  static Stream<String> cephDashboards() {
    return Stream.of("ceph-cluster", "cephfs-overview", "host-details", "hosts-overview", "osd-device-details",
        "osds-overview", "pool-detail", "pool-overview", "radosgw-detail", "radosgw-overview",
        "radosgw-sync-overview", "rbd-details", "rbd-overview");
  }

  @ParameterizedTest
  @MethodSource("referenceDashboards")
  void import_referenceDashboard_rendersBackEqual(String name) throws IOException {
    assertRoundTrip(SharedData.require("reference", "grafana", "dashboards", name));
  }

  @ParameterizedTest
  @MethodSource("cephDashboards")
  void import_cephDashboard_rendersBackEqual(String name) throws IOException {
    assertRoundTrip(SharedData.installed("ceph-grafana-dashboards",
        "/etc/grafana/dashboards/ceph-dashboard/" + name + ".json"));
  }

  @Test
  void import_tutorialDashboard_rendersBackEqual() throws IOException {
    assertRoundTrip(SharedData.require("reference", "tutorial-repo", "grafana", "dashboards",
        "fake-logs-dashboard.json"));
  }

  @Test
  void import_unknownMembers_keptInExtra() {
    Dashboard dashboard = Dashboard.parse("""
        {"title": "t", "timepicker": {"hidden": true}, "panels": [
          {"type": "timeseries", "title": "p", "transformations": [{"id": "merge"}],
           "gridPos": {"h": 8, "w": 12, "x": 0, "y": 0, "static": true}}]}
        """);

    assertThat(dashboard.extra()).containsOnlyKeys("timepicker");
    assertThat(dashboard.panels().get(0).extra()).containsOnlyKeys("transformations", "gridPos");
    assertThat(dashboard.panels().get(0).gridPos()).isEmpty();
  }

  @Test
  void import_shapesTheModelCannotHold_keptAsGiven() {
    String json = """
        {"title": "t",
         "templating": {"list": [{"name": "my-var", "type": "custom", "query": "a"}]},
         "panels": [{"title": "no type"}, {"type": "stat", "panels": [{"type": "text"}]}]}
        """;
    Dashboard dashboard = Dashboard.parse(json);

    assertThat(dashboard.variables()).isEmpty();
    assertThat(dashboard.extra()).containsOnlyKeys("templating", "panels");
    assertThat(dashboard.toJson().at("/panels/0/title").textValue()).isEqualTo("no type");
    assertThat(dashboard.toJson().at("/templating/list/0/name").textValue()).isEqualTo("my-var");
  }

  @Test
  void import_nonRowWithPanels_keepsThemInExtra() {
    Dashboard dashboard = Dashboard.parse("""
        {"title": "t", "panels": [{"type": "stat", "panels": [{"type": "text"}]}]}
        """);

    assertThat(dashboard.panels().get(0).panels()).isEmpty();
    assertThat(dashboard.panels().get(0).extra()).containsOnlyKeys("panels");
  }

  @Test
  void import_refreshFalse_keptAsGiven() {
    Dashboard dashboard = Dashboard.parse("{\"title\": \"t\", \"refresh\": false}");

    assertThat(dashboard.refresh()).isEmpty();
    assertThat(dashboard.toJson().get("refresh").isBoolean()).isTrue();
  }

  @Test
  void import_missingSchemaVersion_getsPinnedVersion() {
    assertThat(Dashboard.parse("{\"title\": \"t\"}").toJson().get("schemaVersion").intValue())
        .isEqualTo(Dashboard.SCHEMA_VERSION);
  }

  @Test
  void extra_memberSetAsAttributeToo_isRejected() {
    assertThatThrownBy(() -> Dashboard.builder().title("t").uid("a")
        .putExtra("uid", JsonNodeFactory.instance.textNode("b")).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("extra member `uid`");
  }

  @Test
  void parse_notJson_throwsIllegalArgument() {
    assertThatThrownBy(() -> Dashboard.parse("{")).isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertRoundTrip(Path file) throws IOException {
    JsonNode input = JSON.readTree(Files.readString(file));
    JsonNode rendered = JSON.readTree(Dashboard.fromJson(input).render());
    ObjectNode expected = (ObjectNode) normalised(input);
    if (!expected.has("schemaVersion")) {
      expected.put("schemaVersion", Dashboard.SCHEMA_VERSION);
    }
    assertThat(normalised(rendered).toPrettyString()).isEqualTo(normalised(expected).toPrettyString());
  }

  /**
   * The documented normalisation: keys sorted, numbers by value, null members and empty lists and objects left out.
   */
  static JsonNode normalised(JsonNode node) {
    if (node.isObject()) {
      Map<String, JsonNode> members = new TreeMap<>();
      node.fields().forEachRemaining(entry -> {
        JsonNode value = normalised(entry.getValue());
        if (!value.isNull() && !(value.isContainerNode() && value.isEmpty())) {
          members.put(entry.getKey(), value);
        }
      });
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      members.forEach(copy::set);
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> copy.add(normalised(element)));
      return copy;
    }
    if (node.isNumber()) {
      return JsonNodeFactory.instance.numberNode(node.decimalValue().stripTrailingZeros());
    }
    return node;
  }

}

package io.monitoringascode.grafana.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One panel of a dashboard tree and its JSON pointer: top-level panels, the panels of collapsed rows
 * ({@code /panels/3/panels/0}) and those of schema-14 {@code rows} ({@code /rows/0/panels/1}), which Grafana all shows.
 *
 * @param panel the panel object
 * @param pointer its pointer
 * @param group the pointer of the list it belongs to: panels overlap only with others of the same group
 */
record PanelSite(JsonNode panel, String pointer, String group) {
  static List<PanelSite> all(JsonNode dashboard) {
    List<PanelSite> sites = new ArrayList<>();
    addAll(dashboard.path("panels"), "/panels", sites);
    JsonNode rows = dashboard.path("rows");
    for (int i = 0; i < rows.size(); i++) {
      addAll(rows.path(i).path("panels"), "/rows/" + i + "/panels", sites);
    }
    return sites;
  }

  private static void addAll(JsonNode panels, String pointer, List<PanelSite> sites) {
    if (!panels.isArray()) {
      return;
    }
    for (int i = 0; i < panels.size(); i++) {
      JsonNode panel = panels.path(i);
      if (panel.isObject()) {
        sites.add(new PanelSite(panel, pointer + "/" + i, pointer));
        addAll(panel.path("panels"), pointer + "/" + i + "/panels", sites);
      }
    }
  }

  String type() {
    return panel.path("type").asText("");
  }

  Optional<String> title() {
    return panel.path("title").isTextual() ? Optional.of(panel.get("title").textValue()) : Optional.empty();
  }

  /** How findings name the panel: its title, or its pointer. */
  String name() {
    return title().filter(t -> !t.isBlank()).map(t -> "Panel `" + t + "`").orElse("The panel at `" + pointer + "`");
  }
}

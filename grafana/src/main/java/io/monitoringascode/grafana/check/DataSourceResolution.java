package io.monitoringascode.grafana.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.grafana.datasource.DataSource;
import io.monitoringascode.grafana.datasource.DataSourceRef;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a data-source reference of a dashboard stands for: a provisioned data source, a data-source variable, or one
 * of Grafana's own ({@code -- Mixed --}, {@code -- Dashboard --}, {@code -- Grafana --}, expressions).
 */
final class DataSourceResolution {
  private static final Set<String> BUILT_IN = Set.of(DataSourceRef.MIXED, DataSourceRef.DASHBOARD, "-- Grafana --",
      "grafana", "__expr__", "-100", "default");
  private static final Set<String> BUILT_IN_TYPES = Set.of("datasource", "__expr__", "grafana");

  private DataSourceResolution() {}

  static boolean isBuiltIn(JsonNode ref) {
    String id = identifier(ref).orElse("");
    return BUILT_IN.contains(id) || BUILT_IN_TYPES.contains(ref.path("type").asText(""));
  }

  static Optional<String> identifier(JsonNode ref) {
    if (ref.isTextual()) {
      return Optional.of(ref.textValue());
    }
    return ref.path("uid").isTextual() ? Optional.of(ref.get("uid").textValue()) : Optional.empty();
  }

  /** The plugin type behind a reference, or empty when it cannot be known without Grafana. */
  static Optional<String> pluginType(JsonNode ref, JsonNode dashboard, List<DataSource> provisioned) {
    if (ref == null || ref.isMissingNode() || ref.isNull() || isBuiltIn(ref)) {
      return Optional.empty();
    }
    if (ref.path("type").isTextual()) {
      return Optional.of(ref.get("type").textValue());
    }
    Optional<String> id = identifier(ref);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> variable = VariableReferences.whole(id.get());
    if (variable.isPresent()) {
      for (JsonNode candidate : dashboard.path("templating").path("list")) {
        if (candidate.path("name").asText("").equals(variable.get())
            && candidate.path("type").asText("").equals("datasource") && candidate.path("query").isTextual()) {
          return Optional.of(candidate.get("query").textValue());
        }
      }
      return Optional.empty();
    }
    return provisioned.stream().filter(ds -> ds.uid().equals(id.get()) || ds.name().equals(id.get()))
        .map(ds -> ds.type().pluginId()).findFirst();
  }

  /** The reference a target uses: its own, unless it is absent or Mixed, else its panel's. */
  static JsonNode effective(JsonNode target, JsonNode panel) {
    JsonNode own = target.path("datasource");
    if (!own.isMissingNode() && !own.isNull()) {
      return own;
    }
    return panel.path("datasource");
  }
}

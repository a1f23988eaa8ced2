package io.monitoringascode.loki.shipping;

import java.util.Map;

/**
 * Promtail's {@code static_labels} stage, Alloy's {@code stage.static_labels}: adds fixed labels to every line.
 *
 * @param values renders to the stage's map: label name to value, sorted by name
 */
public record StaticLabelsStage(Map<String, String> values) implements Stage {
  /** Copies the values, sorted by name. */
  public StaticLabelsStage {
    values = Stages.nonEmptySortedCopy(values, "static_labels", "static_labels: at least one label is required.");
  }

  @Override
  public String key() {
    return "static_labels";
  }
}

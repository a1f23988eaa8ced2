package io.monitoringascode.grafana.panel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monitoringascode.grafana.internal.ObjectReading;
import io.monitoringascode.grafana.internal.ObjectWriting;
import io.monitoringascode.grafana.internal.Unmodelled;
import java.util.List;

/**
 * A panel's thresholds. Renders to {@code fieldConfig.defaults.thresholds}.
 *
 * @param mode {@code absolute} or {@code percentage}
 * @param steps the steps, the base step first
 */
public record Thresholds(String mode, List<ThresholdStep> steps) {
  /** Copies the steps. */
  public Thresholds {
    steps = List.copyOf(steps);
  }

  /**
   * Absolute thresholds.
   *
   * @param steps the steps, the base step first
   * @return the thresholds
   */
  public static Thresholds absolute(ThresholdStep... steps) {
    return new Thresholds("absolute", List.of(steps));
  }

  static Thresholds fromJson(JsonNode json) {
    ObjectReading reading = ObjectReading.of(json);
    String mode = reading.text("mode").orElseThrow(() -> new Unmodelled("mode"));
    JsonNode steps = json.get("steps");
    if (steps == null || !steps.isArray() || json.size() != 2) {
      throw new Unmodelled("thresholds");
    }
    return new Thresholds(mode, reading.list("steps", ThresholdStep::fromJson));
  }

  JsonNode toJson() {
    ObjectNode node = ObjectWriting.object().put("mode", mode).done();
    node.putArray("steps").addAll(steps.stream().map(ThresholdStep::toJson).toList());
    return node;
  }
}

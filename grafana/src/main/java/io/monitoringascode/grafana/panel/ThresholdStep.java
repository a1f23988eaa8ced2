package io.monitoringascode.grafana.panel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.monitoringascode.grafana.internal.ObjectReading;
import io.monitoringascode.grafana.internal.ObjectWriting;
import io.monitoringascode.grafana.internal.Unmodelled;
import java.util.Optional;

/**
 * One step of a panel's thresholds: a color from a value up. Renders to an element of
 * {@code fieldConfig.defaults.thresholds.steps}; the base step has no value and renders {@code "value": null}.
 *
 * @param color a color name or hex code, such as {@code green} or {@code #EAB839}
 * @param value where the step starts; empty for the base step
 */
public record ThresholdStep(String color, Optional<Double> value) {
  /**
   * The base step, below every other.
   *
   * @param color its color
   * @return the step
   */
  public static ThresholdStep base(String color) {
    return new ThresholdStep(color, Optional.empty());
  }

  /**
   * A step from a value up.
   *
   * @param color its color
   * @param value where it starts
   * @return the step
   */
  public static ThresholdStep from(String color, double value) {
    return new ThresholdStep(color, Optional.of(value));
  }

  static ThresholdStep fromJson(JsonNode json) {
    ObjectReading reading = ObjectReading.of(json);
    String color = reading.text("color").orElseThrow(() -> new Unmodelled("color"));
    Optional<Double> value = reading.number("value");
    // Left over: nothing, or a `value` that is null (the base step); anything else is not a step this type holds.
    boolean onlyNullValue = reading.rest().entrySet().stream()
        .allMatch(member -> member.getKey().equals("value") && member.getValue().isNull());
    if (!onlyNullValue) {
      throw new Unmodelled("steps");
    }
    return new ThresholdStep(color, value);
  }

  JsonNode toJson() {
    return ObjectWriting.object().put("color", color)
        .put("value", value.<Object>map(v -> v).orElse(NullNode.getInstance())).done();
  }
}

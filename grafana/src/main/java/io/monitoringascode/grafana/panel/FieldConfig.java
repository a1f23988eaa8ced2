package io.monitoringascode.grafana.panel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monitoringascode.core.render.Canonical;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.grafana.internal.ObjectReading;
import io.monitoringascode.grafana.internal.ObjectWriting;
import io.monitoringascode.grafana.internal.Unmodelled;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a panel shows its fields: unit, decimals, range, thresholds, value mappings, plugin-specific settings and
 * per-field overrides. Renders to {@code fieldConfig}: {@code defaults} holds everything but the overrides.
 *
 * <pre>{@code
 * FieldConfig.builder().unit("s").decimals(2)
 *     .thresholds(Thresholds.absolute(ThresholdStep.base("green"), ThresholdStep.from("red", 1))).build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class FieldConfig {
  /**
   * Starts a field configuration.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a {@code fieldConfig} object.
   *
   * @param json the object
   * @return the configuration
   * @throws Unmodelled if it has members other than {@code defaults} and {@code overrides}, or overrides of another
   *     shape
   */
  public static FieldConfig fromJson(JsonNode json) {
    ObjectReading outer = ObjectReading.of(json);
    JsonNode defaults = json.path("defaults");
    List<FieldOverride> overrides = outer.list("overrides", FieldOverride::fromJson);
    outer.read("defaults", ObjectReading::of);
    if (!outer.rest().isEmpty()) {
      throw new Unmodelled("fieldConfig");
    }
    Builder builder = builder().overrides(overrides);
    if (defaults.isObject()) {
      ObjectReading reading = ObjectReading.of(defaults);
      builder.custom(reading.read("custom", node -> ObjectReading.of(node).rest()).orElse(Map.of()))
          .decimals(reading.integer("decimals"))
          .mappings(reading.list("mappings", ValueMapping::fromJson))
          .max(reading.number("max"))
          .min(reading.number("min"))
          .thresholds(reading.read("thresholds", Thresholds::fromJson))
          .unit(reading.text("unit"))
          .extra(reading.rest());
    }
    return builder.build();
  }

  /**
   * Plugin-specific settings, such as a time series' {@code drawStyle} or {@code fillOpacity}. Renders to
   * {@code defaults.custom}; empty by default.
   *
   * @return setting to value
   */
  public abstract Map<String, JsonNode> custom();

  /**
   * Digits after the decimal point. Renders to {@code defaults.decimals}.
   *
   * @return the count
   */
  public abstract Optional<Integer> decimals();

  /**
   * Value mappings. Renders to {@code defaults.mappings}.
   *
   * @return the mappings, in order
   */
  public abstract List<ValueMapping> mappings();

  /**
   * The largest value shown. Renders to {@code defaults.max}.
   *
   * @return the maximum
   */
  public abstract Optional<Double> max();

  /**
   * The smallest value shown. Renders to {@code defaults.min}.
   *
   * @return the minimum
   */
  public abstract Optional<Double> min();

  /**
   * Thresholds. Renders to {@code defaults.thresholds}.
   *
   * @return the thresholds
   */
  public abstract Optional<Thresholds> thresholds();

  /**
   * The unit, one of Grafana's unit ids. Renders to {@code defaults.unit}.
   *
   * @return such as {@code s}, {@code bytes}, {@code reqps}, {@code percentunit}
   */
  public abstract Optional<String> unit();

  /**
   * Members of {@code defaults} the model does not know, such as {@code color}; the validated escape hatch.
   *
   * @return key to value
   */
  public abstract Map<String, JsonNode> extra();

  /**
   * Per-field overrides. Renders to {@code overrides}; Grafana writes an empty list when there are none.
   *
   * @return the overrides, in order
   */
  public abstract List<FieldOverride> overrides();

  /**
   * The JSON form.
   *
   * @return the {@code fieldConfig} object
   */
  public JsonNode toJson() {
    ObjectNode defaults = ObjectWriting.object()
        .map("custom", custom())
        .put("decimals", decimals())
        .list("mappings", mappings(), ValueMapping::toJson)
        .put("max", max())
        .put("min", min())
        .put("thresholds", thresholds().map(Thresholds::toJson))
        .put("unit", unit())
        .with("FieldConfig", extra());
    ObjectNode node = ObjectWriting.object().put("defaults", defaults).done();
    node.putArray("overrides").addAll(overrides().stream().map(FieldOverride::toJson).toList());
    return node;
  }

  @Value.Check
  void check() {
    toJson();
  }

  /** Builds a {@link FieldConfig}. */
  public static final class Builder extends ImmutableFieldConfig.Builder {
    /**
     * Sets one plugin-specific setting from plain Java values.
     *
     * @param key the setting, such as {@code drawStyle}
     * @param value its value: a string, number, boolean, list or map
     * @return this
     */
    public Builder customSetting(String key, Object value) {
      return (Builder) putCustom(key, Canonical.toTree(value));
    }
  }
}

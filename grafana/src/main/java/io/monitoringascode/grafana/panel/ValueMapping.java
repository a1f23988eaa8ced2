package io.monitoringascode.grafana.panel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monitoringascode.grafana.internal.ObjectReading;
import io.monitoringascode.grafana.internal.Unmodelled;

/**
 * One value mapping of a panel: shows a text (and color) instead of a value. Renders to an element of
 * {@code fieldConfig.defaults.mappings}.
 *
 * @param type {@code value}, {@code range}, {@code regex} or {@code special}
 * @param options the mapping's options as Grafana writes them
 */
public record ValueMapping(String type, JsonNode options) {
  /**
   * Maps one exact value to a text.
   *
   * @param value the value, such as {@code 1}
   * @param text what to show, such as {@code Up}
   * @param color the color, such as {@code green}
   * @return the mapping
   */
  public static ValueMapping value(String value, String text, String color) {
    ObjectNode options = JsonNodeFactory.instance.objectNode();
    options.putObject(value).put("color", color).put("index", 0).put("text", text);
    return new ValueMapping("value", options);
  }

  static ValueMapping fromJson(JsonNode json) {
    ObjectReading reading = ObjectReading.of(json);
    String type = reading.text("type").orElseThrow(() -> new Unmodelled("type"));
    JsonNode options = json.get("options");
    if (options == null || !options.isObject() || json.size() != 2) {
      throw new Unmodelled("mapping");
    }
    return new ValueMapping(type, options.deepCopy());
  }

  JsonNode toJson() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.set("options", options.deepCopy());
    node.put("type", type);
    return node;
  }
}

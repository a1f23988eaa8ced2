package io.monitoringascode.grafana.panel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monitoringascode.grafana.internal.Unmodelled;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Field settings that apply to some fields only, such as a unit for the series named {@code errors}. Renders to an
 * element of {@code fieldConfig.overrides}.
 *
 * @param matcherId how fields are matched, such as {@code byName} or {@code byRegexp}
 * @param matcherOptions the matcher's argument, such as the field name
 * @param properties property id (such as {@code unit}, {@code custom.fillOpacity}) to value, in order
 */
public record FieldOverride(String matcherId, JsonNode matcherOptions, Map<String, JsonNode> properties) {
  /** Copies the properties, keeping their order. */
  public FieldOverride {
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }

  /**
   * An override of the fields with one name.
   *
   * @param name the field (series) name
   * @param properties property id to value
   * @return the override
   */
  public static FieldOverride byName(String name, Map<String, JsonNode> properties) {
    return new FieldOverride("byName", JsonNodeFactory.instance.textNode(name), properties);
  }

  static FieldOverride fromJson(JsonNode json) {
    JsonNode matcher = json.get("matcher");
    JsonNode properties = json.get("properties");
    if (!json.isObject() || matcher == null || properties == null || !properties.isArray() || json.size() != 2 || !matcher.isObject()
        || !matcher.path("id").isTextual() || matcher.size() != 2 || !matcher.has("options")) {
      throw new Unmodelled("override");
    }
    Map<String, JsonNode> props = new LinkedHashMap<>();
    for (JsonNode property : properties) {
      if (!property.path("id").isTextual() || property.size() != 2 || !property.has("value")
          || props.containsKey(property.get("id").textValue())) {
        throw new Unmodelled("property");
      }
      props.put(property.get("id").textValue(), property.get("value"));
    }
    return new FieldOverride(matcher.get("id").textValue(), matcher.get("options"), props);
  }

  JsonNode toJson() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.putObject("matcher").put("id", matcherId).set("options", matcherOptions);
    var array = node.putArray("properties");
    properties.forEach((id, value) -> array.addObject().put("id", id).set("value", value));
    return node;
  }
}

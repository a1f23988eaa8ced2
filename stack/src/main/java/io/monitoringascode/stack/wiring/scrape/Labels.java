package io.monitoringascode.stack.wiring.scrape;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Reads a string map ({@code metadata.labels}, a Service's {@code spec.selector}) from a tree. */
final class Labels {
  private Labels() {}

  static SortedMap<String, String> of(JsonNode node) {
    SortedMap<String, String> labels = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      labels.put(field.getKey(), field.getValue().asText(""));
    }
    return labels;
  }

  /** Whether every entry of {@code required} is among {@code labels}. */
  static boolean containsAll(Map<String, String> labels, Map<String, String> required) {
    return required.entrySet().stream().allMatch(entry -> entry.getValue().equals(labels.get(entry.getKey())));
  }
}

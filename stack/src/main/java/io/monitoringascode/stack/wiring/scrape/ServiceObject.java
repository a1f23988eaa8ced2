package io.monitoringascode.stack.wiring.scrape;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.stack.layout.RenderedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A {@code v1/Service} as the target checks see it: its labels (what a ServiceMonitor selects on), its pod selector
 * (which pods stand behind it) and its ports.
 *
 * @param document the Service
 * @param labels its {@code metadata.labels}
 * @param podSelector its {@code spec.selector}; empty when it has none (its Endpoints are managed by hand)
 * @param ports its {@code spec.ports}
 */
record ServiceObject(RenderedDocument document, SortedMap<String, String> labels,
    Optional<Map<String, String>> podSelector, List<Port> ports) {

  static ServiceObject of(RenderedDocument document) {
    JsonNode spec = document.tree().path("spec");
    JsonNode selector = spec.path("selector");
    Optional<Map<String, String>> podSelector = selector.isObject() && !selector.isEmpty()
        ? Optional.of(Labels.of(selector)) : Optional.empty();
    List<Port> ports = new ArrayList<>();
    for (JsonNode port : spec.path("ports")) {
      int number = port.path("port").asInt(0);
      JsonNode target = port.path("targetPort");
      // Kubernetes defaults targetPort to the port's own number.
      String targetText = target.isMissingNode() || target.isNull() ? String.valueOf(number) : target.asText("");
      ports.add(new Port(port.path("name").asText(""), number, targetText));
    }
    return new ServiceObject(document, Labels.of(document.tree().path("metadata").path("labels")), podSelector,
        ports);
  }

  String name() {
    return document.name();
  }

  String namespace() {
    return document.namespace();
  }

  /** The names of the named ports, in declaration order. */
  List<String> portNames() {
    return ports.stream().map(Port::name).filter(name -> !name.isEmpty()).toList();
  }

  /**
   * One entry of {@code spec.ports}.
   *
   * @param name its name; empty for the single unnamed port Kubernetes allows
   * @param number its {@code port}
   * @param target its {@code targetPort}, a container port's name or number as text
   */
  record Port(String name, int number, String target) {}
}

package io.monitoringascode.stack.wiring.scrape;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.stack.layout.RenderedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The pods an object creates, as the target checks see them: the labels of its pod template (what a PodMonitor and a
 * Service select on) and the ports its containers declare.
 *
 * @param document the Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob or bare Pod
 * @param templatePointer the JSON pointer of its pod template, such as {@code /spec/template}; empty for a bare Pod
 * @param labels the pods' labels
 * @param ports the ports of every container, init containers included (Prometheus discovers those too)
 */
record Workload(RenderedDocument document, String templatePointer, SortedMap<String, String> labels,
    List<Port> ports) {

  /** The pod template's pointer of each kind that has one; a bare Pod is its own template. */
  private static final Map<String, String> TEMPLATES = Map.of(
      "Deployment", "/spec/template",
      "StatefulSet", "/spec/template",
      "DaemonSet", "/spec/template",
      "ReplicaSet", "/spec/template",
      "Job", "/spec/template",
      "CronJob", "/spec/jobTemplate/spec/template",
      "Pod", "");

  /**
   * Reads an object's pod template.
   *
   * @param document any object
   * @return the workload, or empty when the object's kind creates no pods
   */
  static Optional<Workload> of(RenderedDocument document) {
    String pointer = TEMPLATES.get(document.kind());
    if (pointer == null) {
      return Optional.empty();
    }
    JsonNode template = document.tree().at(pointer);
    List<Port> ports = new ArrayList<>();
    for (String list : List.of("containers", "initContainers")) {
      for (JsonNode container : template.path("spec").path(list)) {
        for (JsonNode port : container.path("ports")) {
          ports.add(new Port(container.path("name").asText(""), port.path("name").asText(""),
              port.path("containerPort").asInt(0)));
        }
      }
    }
    return Optional.of(new Workload(document, pointer, Labels.of(template.path("metadata").path("labels")), ports));
  }

  String namespace() {
    return document.namespace();
  }

  /** Such as {@code Deployment `demo`}, for messages. */
  String describe() {
    return document.kind() + " `" + document.name() + "`";
  }

  /** Where the pods' labels are written, such as {@code spec.template.metadata.labels}. */
  String labelsKey() {
    return (templatePointer.isEmpty() ? "" : templatePointer.substring(1).replace('/', '.') + ".") + "metadata.labels";
  }

  /** The names of the named container ports, in declaration order. */
  List<String> portNames() {
    return ports.stream().map(Port::name).filter(name -> !name.isEmpty()).toList();
  }

  /**
   * One entry of a container's {@code ports}.
   *
   * @param container the container's name
   * @param name the port's name; empty when unnamed
   * @param number its {@code containerPort}
   */
  record Port(String container, String name, int number) {}
}

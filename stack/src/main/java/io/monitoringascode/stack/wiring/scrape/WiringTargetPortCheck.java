package io.monitoringascode.stack.wiring.scrape;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.lang.ClosestNames;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.wiring.StackView;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An endpoint whose port none of the monitor's targets has. For a ServiceMonitor, {@code spec.endpoints[].port} must
 * be the name of a port of at least one selected Service: the operator keeps only discovered endpoints whose Service
 * port name matches, so a number, a {@code targetPort} or a misspelt name drops every target of the endpoint. For a
 * PodMonitor, {@code spec.podMetricsEndpoints[].port} must be the name of a container port of a selected pod. The
 * deprecated {@code targetPort} of either is checked against the containers' ports (by name, or by number when it is
 * a number) when the pods are known.
 *
 * <p>One selected Service without the port is not reported: a monitor with several endpoints often serves several
 * Services, each with some of the ports, and Prometheus then drops only the pairs that do not fit.
 */
public final class WiringTargetPortCheck implements Check<StackView> {
  private static final RuleInfo INFO = RuleInfo.of("wiring/target-port", Severity.ERROR,
      "An endpoint port that no selected Service or container has, so Prometheus drops every target of it.");
  /** The operator uses the port as an (anchored) regular expression; we compare plain names only. */
  private static final Pattern REGEX_SYNTAX = Pattern.compile("[.*+?()\\[\\]{}|^$\\\\]");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(StackView view, CheckContext context, FindingSink sink) {
    TargetIndex index = TargetIndex.of(view);
    for (RenderedDocument monitor : view.documentsOfKind("ServiceMonitor")) {
      index.selectedServices(monitor).filter(services -> !services.isEmpty())
          .ifPresent(services -> checkServiceMonitor(monitor, services, index, sink));
    }
    for (RenderedDocument monitor : view.documentsOfKind("PodMonitor")) {
      index.selectedWorkloads(monitor).filter(workloads -> !workloads.isEmpty())
          .ifPresent(workloads -> checkPodMonitor(monitor, workloads, index, sink));
    }
  }

  private static void checkServiceMonitor(RenderedDocument monitor, List<ServiceObject> services, TargetIndex index,
      FindingSink sink) {
    JsonNode endpoints = monitor.tree().path("spec").path("endpoints");
    for (int i = 0; i < endpoints.size(); i++) {
      JsonNode endpoint = endpoints.get(i);
      String port = endpoint.path("port").asText("");
      String pointer = "/spec/endpoints/" + i;
      String key = "spec.endpoints[" + i + "]";
      if (!port.isEmpty()) {
        // The operator filters on `port` and ignores `targetPort` whenever `port` is set.
        if (plain(port) && services.stream().noneMatch(service -> service.portNames().contains(port))) {
          Set<String> names = new LinkedHashSet<>();
          services.forEach(service -> names.addAll(service.portNames()));
          sink.at(Location.in(monitor.file(), 0, pointer + "/port"))
              .error("Endpoint port `" + port + "` names no port of " + describeServices(services) + " ("
                  + describeNames(names) + "), so Prometheus drops every target of this endpoint.")
              .hint(servicePortHint(port, services, names, key + ".port"));
        }
      } else if (endpoint.has("targetPort")) {
        checkTargetPort(monitor, endpoint.get("targetPort"), pointer, key, index.behindAll(services), sink);
      }
    }
  }

  private static void checkPodMonitor(RenderedDocument monitor, List<Workload> workloads, TargetIndex index,
      FindingSink sink) {
    JsonNode endpoints = monitor.tree().path("spec").path("podMetricsEndpoints");
    for (int i = 0; i < endpoints.size(); i++) {
      JsonNode endpoint = endpoints.get(i);
      String port = endpoint.path("port").asText("");
      String pointer = "/spec/podMetricsEndpoints/" + i;
      String key = "spec.podMetricsEndpoints[" + i + "]";
      if (!port.isEmpty()) {
        if (plain(port) && workloads.stream().noneMatch(workload -> workload.portNames().contains(port))) {
          sink.at(Location.in(monitor.file(), 0, pointer + "/port"))
              .error("Endpoint port `" + port + "` names no container port of " + describeWorkloads(workloads)
                  + " (" + describeNames(containerPortNames(workloads)) + "), so Prometheus drops every target of"
                  + " this endpoint.")
              .hint(containerPortHint(port, workloads, index, key + ".port"));
        }
      } else if (endpoint.has("targetPort") && !endpoint.has("portNumber")) {
        checkTargetPort(monitor, endpoint.get("targetPort"), pointer, key, Optional.of(workloads), sink);
      }
    }
  }

  /** The deprecated {@code targetPort}: a container port's name, or its number. */
  private static void checkTargetPort(RenderedDocument monitor, JsonNode targetPort, String pointer, String key,
      Optional<List<Workload>> pods, FindingSink sink) {
    if (pods.isEmpty()) {
      return;
    }
    List<Workload> workloads = pods.get();
    String value = targetPort.asText("");
    boolean number = targetPort.isIntegralNumber();
    if (value.isEmpty() || !plain(value)) {
      return;
    }
    boolean found = workloads.stream().flatMap(workload -> workload.ports().stream())
        .anyMatch(port -> number ? String.valueOf(port.number()).equals(value) : port.name().equals(value));
    if (found) {
      return;
    }
    List<String> declared = new ArrayList<>();
    workloads.stream().flatMap(workload -> workload.ports().stream())
        .map(port -> port.name().isEmpty() ? String.valueOf(port.number()) : port.name() + " (" + port.number() + ")")
        .distinct().forEach(declared::add);
    String hint = declared.isEmpty()
        ? "Declare the port under `ports` of the container in " + describeWorkloads(workloads)
            + "; Prometheus only matches `targetPort` against declared container ports."
        : "Set `" + key + ".targetPort` to a port the containers declare: `" + String.join("`, `", declared) + "`.";
    sink.at(Location.in(monitor.file(), 0, pointer + "/targetPort"))
        .error("Endpoint `targetPort` `" + value + "` is no container port of " + describeWorkloads(workloads)
            + ", so Prometheus drops every target of this endpoint.")
        .hint(hint);
  }


  private static String servicePortHint(String port, List<ServiceObject> services, Set<String> names, String key) {
    for (ServiceObject service : services) {
      for (ServiceObject.Port servicePort : service.ports()) {
        if (port.equals(String.valueOf(servicePort.number())) || port.equals(servicePort.target())) {
          return servicePort.name().isEmpty()
              ? "Add a `name` to port " + servicePort.number() + " of Service `" + service.name() + "` and set `"
                  + key + "` to it; Prometheus selects Service ports by name only."
              : "Set `" + key + "` to `" + servicePort.name() + "`, the name of port " + servicePort.number()
                  + " of Service `" + service.name() + "`; `port` takes the Service port's name, not its number or"
                  + " `targetPort`.";
        }
      }
    }
    return nameHint(port, names, key, "Service `" + services.get(0).name() + "`");
  }

  private static String containerPortHint(String port, List<Workload> workloads, TargetIndex index, String key) {
    for (Workload workload : workloads) {
      for (Workload.Port containerPort : workload.ports()) {
        if (port.equals(String.valueOf(containerPort.number()))) {
          return containerPortNamed(containerPort, workload, key);
        }
      }
    }
    // A Service port's name, where the container port it forwards to has another name (or none).
    for (ServiceObject service : index.services()) {
      for (ServiceObject.Port servicePort : service.ports()) {
        if (!servicePort.name().equals(port)) {
          continue;
        }
        for (Workload workload : index.behind(service)) {
          if (!workloads.contains(workload)) {
            continue;
          }
          for (Workload.Port containerPort : workload.ports()) {
            if (servicePort.target().equals(containerPort.name())
                || servicePort.target().equals(String.valueOf(containerPort.number()))) {
              return containerPortNamed(containerPort, workload, key) + " `" + port + "` is the name of a port of"
                  + " Service `" + service.name() + "`; a PodMonitor takes the container's port.";
            }
          }
        }
      }
    }
    Set<String> names = containerPortNames(workloads);
    return nameHint(port, names, key, workloads.get(0).describe());
  }

  private static String containerPortNamed(Workload.Port containerPort, Workload workload, String key) {
    return containerPort.name().isEmpty()
        ? "Replace `" + key + "` with `portNumber: " + containerPort.number() + "`, or name container port "
            + containerPort.number() + " of " + workload.describe() + " and set `" + key + "` to that name."
        : "Set `" + key + "` to `" + containerPort.name() + "`, the name of container port " + containerPort.number()
            + " of " + workload.describe() + ".";
  }

  private static String nameHint(String port, Set<String> names, String key, String owner) {
    if (names.isEmpty()) {
      return "Name the metrics port of " + owner + " and set `" + key + "` to that name.";
    }
    if (names.size() == 1) {
      return "Set `" + key + "` to `" + names.iterator().next() + "`, the only port name of " + owner + ".";
    }
    return ClosestNames.closest(port, names).map(near -> "Set `" + key + "` to `" + near + "`.")
        .orElse("Set `" + key + "` to one of `" + String.join("`, `", names) + "`.");
  }

  private static boolean plain(String port) {
    return !REGEX_SYNTAX.matcher(port).find();
  }

  private static Set<String> containerPortNames(List<Workload> workloads) {
    Set<String> names = new LinkedHashSet<>();
    workloads.forEach(workload -> names.addAll(workload.portNames()));
    return names;
  }

  private static String describeNames(Set<String> names) {
    return names.isEmpty() ? "none has a name" : (names.size() == 1 ? "port `" : "ports `")
        + String.join("`, `", names) + "`";
  }

  private static String describeServices(List<ServiceObject> services) {
    return describe(services.stream().map(service -> "Service `" + service.name() + "`").toList(), "the selected");
  }

  private static String describeWorkloads(List<Workload> workloads) {
    return describe(workloads.stream().map(Workload::describe).toList(), "the pods of");
  }

  private static String describe(List<String> names, String prefix) {
    return prefix + " " + String.join(", ", names.stream().distinct().toList());
  }
}

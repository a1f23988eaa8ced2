package io.monitoringascode.stack.wiring.scrape;

import io.monitoringascode.stack.layout.ChartRelease;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.wiring.LabelSelector;
import io.monitoringascode.stack.wiring.StackView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The Services and workloads of a view (the stack's own and the external ones), and what each monitor selects among
 * them. A question the view cannot answer gets an empty answer, and the checks stay silent on it: no Service known at
 * all (monitors checked on their own), or a monitor that only looks in namespaces of which the view holds no object
 * (the kubelet's Service in {@code kube-system}, which the operator itself creates).
 */
final class TargetIndex {
  private static final Set<String> MONITOR_KINDS = Set.of("ServiceMonitor", "PodMonitor");
  private final List<ServiceObject> services = new ArrayList<>();
  private final List<Workload> workloads = new ArrayList<>();
  private final Set<String> knownNamespaces = new TreeSet<>();
  private final boolean ignoreNamespaceSelectors;

  private TargetIndex(StackView view) {
    List<RenderedDocument> objects = new ArrayList<>(view.documents());
    objects.addAll(view.external());
    for (RenderedDocument object : objects) {
      // A monitor says nothing about what else its namespace holds.
      if (!object.namespace().isEmpty() && !MONITOR_KINDS.contains(object.kind())) {
        knownNamespaces.add(object.namespace());
      }
      if (object.kind().equals("Service")) {
        services.add(ServiceObject.of(object));
      }
      Workload.of(object).ifPresent(workloads::add);
    }
    // kube-prometheus-stack's prometheus.prometheusSpec.ignoreNamespaceSelectors (default false) makes the operator
    // discover every monitor's targets in the monitor's own namespace only.
    ignoreNamespaceSelectors = view.kubePrometheusStack().map(ChartRelease::values)
        .map(values -> values.path("prometheus").path("prometheusSpec").path("ignoreNamespaceSelectors")
            .asBoolean(false))
        .orElse(false);
  }

  static TargetIndex of(StackView view) {
    return new TargetIndex(view);
  }

  NamespaceScope scope(RenderedDocument monitor) {
    return NamespaceScope.of(monitor, ignoreNamespaceSelectors);
  }

  List<ServiceObject> services() {
    return services;
  }

  List<Workload> workloads() {
    return workloads;
  }

  /**
   * The Services a ServiceMonitor selects.
   *
   * @param monitor a ServiceMonitor
   * @return the selected Services, possibly none; empty when the view cannot know
   */
  Optional<List<ServiceObject>> selectedServices(RenderedDocument monitor) {
    return select(monitor, services, ServiceObject::namespace, ServiceObject::labels);
  }

  /**
   * The workloads whose pods a PodMonitor selects.
   *
   * @param monitor a PodMonitor
   * @return the selected workloads, possibly none; empty when the view cannot know
   */
  Optional<List<Workload>> selectedWorkloads(RenderedDocument monitor) {
    return select(monitor, workloads, Workload::namespace, Workload::labels);
  }

  private <T> Optional<List<T>> select(RenderedDocument monitor, List<T> candidates, Function<T, String> namespace,
      Function<T, Map<String, String>> labels) {
    NamespaceScope scope = scope(monitor);
    if (candidates.isEmpty() || !knows(scope, candidates.stream().map(namespace).toList())) {
      return Optional.empty();
    }
    return selector(monitor).map(selector -> candidates.stream()
        .filter(candidate -> scope.includes(namespace.apply(candidate)) && selector.matches(labels.apply(candidate)))
        .toList());
  }

  /**
   * The workloads whose pods stand behind a Service: its {@code spec.selector}, in its namespace.
   *
   * @param service the Service
   * @return the workloads; empty when the Service has no selector or the view holds none of its pods
   */
  List<Workload> behind(ServiceObject service) {
    if (service.podSelector().isEmpty()) {
      return List.of();
    }
    return workloads.stream()
        .filter(workload -> workload.namespace().equals(service.namespace())
            && Labels.containsAll(workload.labels(), service.podSelector().get()))
        .toList();
  }

  /**
   * The workloads behind every one of some Services.
   *
   * @param services the Services a monitor selects
   * @return the workloads, without duplicates; empty when the pods of one of the Services are unknown
   */
  Optional<List<Workload>> behindAll(List<ServiceObject> services) {
    List<Workload> all = new ArrayList<>();
    for (ServiceObject service : services) {
      List<Workload> behind = behind(service);
      if (behind.isEmpty()) {
        return Optional.empty();
      }
      behind.stream().filter(workload -> !all.contains(workload)).forEach(all::add);
    }
    return Optional.of(all);
  }

  /** A monitor without a readable {@code spec.selector} is left to the schema check. */
  private static Optional<LabelSelector> selector(RenderedDocument monitor) {
    return LabelSelector.read(monitor.tree().path("spec").path("selector"));
  }

  /** Whether the view holds an object other than a monitor, or a candidate without namespace, where one looks. */
  private boolean knows(NamespaceScope scope, List<String> candidateNamespaces) {
    return scope.any() || candidateNamespaces.contains("")
        || scope.names().stream().anyMatch(knownNamespaces::contains);
  }
}

package io.monitoringascode.stack.wiring.scrape;

import io.monitoringascode.stack.layout.ChartRelease;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.wiring.LabelSelector;
import io.monitoringascode.stack.wiring.StackView;
import io.monitoringascode.stack.wiring.ValuesReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
  /** The {@code app.kubernetes.io/name} of objects the charts' subcharts and components create. */
  private static final Set<String> CHART_COMPONENTS = Set.of("grafana", "kube-state-metrics",
      "prometheus-node-exporter", "prometheus", "alertmanager", "loki", "loki-canary", "promtail");
  private final List<ServiceObject> services = new ArrayList<>();
  private final List<Workload> workloads = new ArrayList<>();
  /** The same, by namespace, each list in view order: a monitor looks only where its namespace selector points. */
  private final Map<String, List<ServiceObject>> servicesByNamespace = new HashMap<>();
  private final Map<String, List<Workload>> workloadsByNamespace = new HashMap<>();
  /**
   * Label values that name the objects the stack's Helm releases create, which the view does not hold: the release
   * names (the charts' {@code app.kubernetes.io/instance} and {@code release} labels) and the charts' and subcharts'
   * names (their {@code app.kubernetes.io/name}).
   */
  private final Set<String> releaseObjectNames = new TreeSet<>();
  /** The namespaces the releases are installed into. */
  private final Set<String> releaseNamespaces = new TreeSet<>();
  /** Each Service's and workload's place in the view. */
  private final Map<Object, Integer> viewOrder = new IdentityHashMap<>();
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
        ServiceObject service = ServiceObject.of(object);
        viewOrder.put(service, viewOrder.size());
        services.add(service);
        servicesByNamespace.computeIfAbsent(service.namespace(), key -> new ArrayList<>()).add(service);
      }
      Workload.of(object).ifPresent(workload -> {
        viewOrder.put(workload, viewOrder.size());
        workloads.add(workload);
        workloadsByNamespace.computeIfAbsent(workload.namespace(), key -> new ArrayList<>()).add(workload);
      });
    }
    for (ChartRelease release : view.releases()) {
      releaseObjectNames.add(release.name());
      releaseObjectNames.add(release.chart().name());
      releaseNamespaces.add(release.namespace());
    }
    if (!releaseObjectNames.isEmpty()) {
      releaseObjectNames.addAll(CHART_COMPONENTS);
    }
    // kube-prometheus-stack's prometheus.prometheusSpec.ignoreNamespaceSelectors (default false) makes the operator
    // discover every monitor's targets in the monitor's own namespace only.
    ignoreNamespaceSelectors = view.kubePrometheusStack().map(ChartRelease::values)
        .map(values -> ValuesReader.of(values).isTrue("/prometheus/prometheusSpec/ignoreNamespaceSelectors", false))
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
    return select(monitor, services, servicesByNamespace, ServiceObject::labels);
  }

  /**
   * The workloads whose pods a PodMonitor selects.
   *
   * @param monitor a PodMonitor
   * @return the selected workloads, possibly none; empty when the view cannot know
   */
  Optional<List<Workload>> selectedWorkloads(RenderedDocument monitor) {
    return select(monitor, workloads, workloadsByNamespace, Workload::labels);
  }

  private <T> Optional<List<T>> select(RenderedDocument monitor, List<T> candidates, Map<String, List<T>> byNamespace,
      Function<T, Map<String, String>> labels) {
    NamespaceScope scope = scope(monitor);
    if (candidates.isEmpty() || !knows(scope, byNamespace)) {
      return Optional.empty();
    }
    Optional<LabelSelector> selector = selector(monitor);
    if (selector.isEmpty()) {
      return Optional.empty();
    }
    List<T> selected = inScope(scope, candidates, byNamespace).stream()
        .filter(candidate -> selector.get().matches(labels.apply(candidate)))
        .toList();
    if (selected.isEmpty() && mayMeanReleaseObjects(scope, selector.get())) {
      return Optional.empty();
    }
    return Optional.of(selected);
  }

  /**
   * Whether a selector that matches nothing of the view may mean objects a Helm release of the stack creates, which
   * the view does not hold: a ServiceMonitor for the Loki chart's Services, say.
   */
  private boolean mayMeanReleaseObjects(NamespaceScope scope, LabelSelector selector) {
    if (releaseObjectNames.isEmpty()
        || !(scope.any() || scope.names().stream().anyMatch(releaseNamespaces::contains))) {
      return false;
    }
    return selector.matchLabels().values().stream().anyMatch(releaseObjectNames::contains)
        || selector.expressions().stream().flatMap(requirement -> requirement.values().stream())
            .anyMatch(releaseObjectNames::contains);
  }

  /** The candidates in the monitor's namespaces (those without a namespace count everywhere), in view order. */
  private <T> List<T> inScope(NamespaceScope scope, List<T> candidates, Map<String, List<T>> byNamespace) {
    if (scope.any()) {
      return candidates;
    }
    List<T> found = new ArrayList<>(byNamespace.getOrDefault("", List.of()));
    scope.names().stream().filter(name -> !name.isEmpty())
        .forEach(name -> found.addAll(byNamespace.getOrDefault(name, List.of())));
    // Objects are compared by identity: a record's equals would compare whole trees.
    found.sort(Comparator.comparingInt(viewOrder::get));
    return found;
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
    return workloadsByNamespace.getOrDefault(service.namespace(), List.of()).stream()
        .filter(workload -> Labels.containsAll(workload.labels(), service.podSelector().get()))
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
  private boolean knows(NamespaceScope scope, Map<String, ? extends List<?>> byNamespace) {
    return scope.any() || byNamespace.containsKey("") || scope.names().stream().anyMatch(knownNamespaces::contains);
  }
}

package io.monitoringascode.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.SeverityOverrides;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.Report;
import io.monitoringascode.grafana.datasource.DataSource;
import io.monitoringascode.stack.StackChecks;
import io.monitoringascode.stack.layout.ChartRelease;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.wiring.ProvisionedDataSources;
import io.monitoringascode.stack.wiring.StackView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checks across everything one {@code mac check} read: every Kubernetes object of the manifests is an object of the
 * stack, and each values file with its release name and namespace is a Helm release. With the kube-prometheus-stack
 * release known, {@link #checkAll} runs the stack's whole pipeline ({@link StackChecks#check}), as
 * {@code MonitoringStack.check()} does; otherwise {@link #checkWiring} runs the wiring checks alone and {@link CheckRun}
 * checks each document. Findings are reported in the files as read: the document of a multi-document file, and the
 * values file as given on the command line.
 */
final class WiringRun {
  /** Kinds without a namespace, which {@code --namespace} leaves alone; any other kind is taken as namespaced. */
  private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "Node", "PersistentVolume", "StorageClass",
      "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition", "PriorityClass", "IngressClass",
      "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration", "APIService");

  private final StackView view;
  /** Where each object and values file of the view was read: its key in the view to the file and document. */
  private final Map<String, Location> origins;

  private WiringRun(StackView view, Map<String, Location> origins) {
    this.view = view;
    this.origins = Map.copyOf(origins);
  }

  /**
   * The stack that the files read make up.
   *
   * @param manifests the manifest files read
   * @param releases the Helm releases, each with the values file it was read from
   * @param namespace the namespace of objects that set none, as {@code kubectl apply -n} gives it
   * @return the stack
   */
  static WiringRun of(List<SourceFile> manifests, List<Release> releases, Optional<String> namespace) {
    Map<String, Location> origins = new HashMap<>();
    List<RenderedDocument> documents = new ArrayList<>();
    for (SourceFile file : manifests) {
      for (int index = 0; index < file.documents().size(); index++) {
        JsonNode document = file.documents().get(index);
        if (!isObject(document)) {
          continue;
        }
        String key = file.name() + "#" + index;
        origins.put(key, Location.in(file.name(), index, ""));
        documents.add(new RenderedDocument(key, withNamespace(document, namespace)));
      }
    }
    List<ChartRelease> chartReleases = new ArrayList<>();
    for (Release release : releases) {
      chartReleases.add(release.release());
      origins.put(release.release().valuesFile(), Location.in(release.file(), 0, ""));
    }
    return new WiringRun(new StackView(documents, List.of(), chartReleases), origins);
  }

  /**
   * Tells whether a document is one of the stack's objects: it has a {@code kind} and a {@code metadata.name}.
   *
   * @param document a document as read
   * @return whether the stack holds it
   */
  static boolean isObject(JsonNode document) {
    return document.path("kind").isTextual() && document.path("metadata").path("name").isTextual();
  }

  /**
   * Tells whether the kube-prometheus-stack release is known, so that {@link #checkAll} applies.
   *
   * @return whether a release of the chart was given with its name and namespace
   */
  boolean knowsKubePrometheusStack() {
    return view.kubePrometheusStack().isPresent();
  }

  /**
   * The data sources that dashboards' references resolve against: those the releases and the data-source ConfigMaps
   * provision.
   *
   * @return the data sources, or none when they are not fully known
   */
  List<DataSource> provisioned() {
    return ProvisionedDataSources.of(view).forDashboards();
  }

  /**
   * Runs the stack's whole pipeline on the objects and releases: each object's checks, the dashboards and Loki rules
   * files inside ConfigMaps, the checks across objects, the wiring and production checks, and the releases' values.
   *
   * @param context what is known beyond the documents
   * @param overrides the user's severity changes
   * @return the findings, in the files as read
   */
  Report checkAll(CheckContext context, SeverityOverrides overrides) {
    // Secrets the team keeps in its own manifests are its choice to make; `secret/inline-secret` guards the output tree
    // the library writes, and its hint names the stack builder's switch.
    return inFilesAsRead(StackChecks.check(view, context, overrides, true));
  }

  /**
   * Runs the wiring and production checks alone.
   *
   * @param context what is known beyond the documents
   * @param overrides the user's severity changes
   * @return the findings, in the files as read
   */
  Report checkWiring(CheckContext context, SeverityOverrides overrides) {
    List<Finding> findings = new ArrayList<>();
    for (Check<StackView> check : StackChecks.wiringChecks()) {
      findings.addAll(check.run(view, context));
    }
    return inFilesAsRead(overrides.apply(Report.of(findings)));
  }

  private Report inFilesAsRead(Report report) {
    return Report.of(report.findings().stream().map(this::inFileAsRead).toList());
  }

  private static JsonNode withNamespace(JsonNode document, Optional<String> namespace) {
    if (namespace.isEmpty() || document.path("metadata").has("namespace")
        || CLUSTER_SCOPED.contains(document.path("kind").asText())) {
      return document;
    }
    ObjectNode copy = document.deepCopy();
    ((ObjectNode) copy.get("metadata")).put("namespace", namespace.get());
    return copy;
  }

  private Finding inFileAsRead(Finding finding) {
    Location location = finding.location();
    Location origin = location.file().map(origins::get).orElse(null);
    if (origin == null) {
      return finding;
    }
    return finding.withLocation(location.inFile(origin.file().orElseThrow(), origin.document()));
  }

  /**
   * A Helm release given on the command line.
   *
   * @param release the release, its values as read
   * @param file the values file's name, as findings name it
   */
  record Release(ChartRelease release, String file) {}
}

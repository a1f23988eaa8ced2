package io.monitoringascode.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.SeverityOverrides;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.Report;
import io.monitoringascode.stack.StackChecks;
import io.monitoringascode.stack.layout.ChartRelease;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.wiring.StackView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The wiring checks over everything one {@code mac check} read: every Kubernetes object of the manifests is an object of
 * the stack, and each values file with its release name and namespace is a Helm release. Findings are reported in the
 * files as read: the document of a multi-document file, and the values file as given on the command line.
 */
final class WiringRun {
  /** Kinds without a namespace, which {@code --namespace} leaves alone; any other kind is taken as namespaced. */
  private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "Node", "PersistentVolume", "StorageClass",
      "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition", "PriorityClass", "IngressClass",
      "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration", "APIService");

  private WiringRun() {}

  /**
   * Runs every wiring check.
   *
   * @param manifests the manifest files read
   * @param releases the Helm releases, each with the values file it was read from
   * @param namespace the namespace of objects that set none, as {@code kubectl apply -n} gives it
   * @param context what is known beyond the documents
   * @param overrides the user's severity changes
   * @return the findings, in the files as read
   */
  static Report check(List<SourceFile> manifests, List<Release> releases, Optional<String> namespace,
      CheckContext context, SeverityOverrides overrides) {
    Map<String, Location> origins = new HashMap<>();
    List<RenderedDocument> documents = new ArrayList<>();
    for (SourceFile file : manifests) {
      for (int index = 0; index < file.documents().size(); index++) {
        JsonNode document = file.documents().get(index);
        if (!document.path("kind").isTextual() || !document.path("metadata").path("name").isTextual()) {
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
    StackView view = new StackView(documents, List.of(), chartReleases);
    List<Finding> findings = new ArrayList<>();
    for (Check<StackView> check : StackChecks.wiringChecks()) {
      for (Finding finding : check.run(view, context)) {
        findings.add(inFileAsRead(finding, origins));
      }
    }
    return overrides.apply(Report.of(findings));
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

  private static Finding inFileAsRead(Finding finding, Map<String, Location> origins) {
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

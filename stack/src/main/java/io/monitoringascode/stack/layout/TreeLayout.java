package io.monitoringascode.stack.layout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where each object lands in the output tree: {@code <namespace>/<kind>-<name>.yaml} for namespaced objects and
 * {@code cluster/<kind>-<name>.yaml} for cluster-scoped ones, kind in lower case; and the {@code kustomization.yaml}
 * at the root that lists every file, so that {@code kubectl apply -k} takes the whole tree; with Helm releases, their
 * values under {@code values/} and a {@code helmfile.yaml} that pins them.
 */
public final class TreeLayout {
  /** The name of the Kustomize file at the root of the tree. */
  public static final String KUSTOMIZATION = "kustomization.yaml";

  /** The name of the file at the root of the tree that pins the Helm releases. */
  public static final String HELMFILE = "helmfile.yaml";

  private TreeLayout() {}

  /**
   * The file of one object.
   *
   * @param kind the object's kind, such as {@code ServiceMonitor}
   * @param namespace its namespace; empty for cluster-scoped objects
   * @param name its name
   * @return the output-relative path
   */
  public static String fileOf(String kind, String namespace, String name) {
    String directory = namespace.isEmpty() ? "cluster" : namespace;
    return directory + "/" + kind.toLowerCase(Locale.ROOT) + "-" + name + ".yaml";
  }

  /**
   * The Kustomization that lists every object file.
   *
   * @param files the object files, sorted
   * @return the Kustomization's tree
   */
  public static JsonNode kustomization(List<String> files) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("apiVersion", "kustomize.config.k8s.io/v1beta1");
    root.put("kind", "Kustomization");
    files.forEach(root.putArray("resources")::add);
    return root;
  }

  /**
   * The helmfile that pins the stack's Helm releases (chart, repository, version, namespace, values file), so that
   * {@code helmfile apply} installs them before {@code kubectl apply -k} adds the objects.
   *
   * @param releases the releases, in install order
   * @return the helmfile's tree
   */
  public static JsonNode helmfile(List<ChartRelease> releases) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ArrayNode repositories = root.putArray("repositories");
    Set<String> named = new TreeSet<>();
    for (ChartRelease release : releases) {
      if (named.add(release.repositoryName())) {
        repositories.addObject().put("name", release.repositoryName()).put("url", release.chart().repository());
      }
    }
    ArrayNode list = root.putArray("releases");
    for (ChartRelease release : releases) {
      ObjectNode entry = list.addObject();
      entry.put("name", release.name());
      entry.put("namespace", release.namespace());
      entry.put("createNamespace", true);
      entry.put("chart", release.repositoryName() + "/" + release.chart().name());
      entry.put("version", release.chart().version());
      entry.putArray("values").add(release.valuesFile());
    }
    return root;
  }
}

package io.monitoringascode.stack.layout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * Where each object lands in the output tree: {@code <namespace>/<kind>-<name>.yaml} for namespaced objects and
 * {@code cluster/<kind>-<name>.yaml} for cluster-scoped ones, kind in lower case; and the {@code kustomization.yaml}
 * at the root that lists every file, so that {@code kubectl apply -k} takes the whole tree.
 */
public final class TreeLayout {
  /** The name of the Kustomize file at the root of the tree. */
  public static final String KUSTOMIZATION = "kustomization.yaml";

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
}

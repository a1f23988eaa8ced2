package io.monitoringascode.stack.layout;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One Kubernetes object of the stack as it will be written: its file in the output tree and its tree. Checks run on
 * this tree, so their pointers match the file.
 *
 * @param file the output-relative path, such as {@code k8s-monitoring-ns/servicemonitor-demo.yaml}
 * @param tree the object's canonical tree
 */
public record RenderedDocument(String file, JsonNode tree) {
  /**
   * The object's {@code apiVersion}.
   *
   * @return the API version, or the empty string
   */
  public String apiVersion() {
    return tree.path("apiVersion").asText("");
  }

  /**
   * The object's {@code kind}.
   *
   * @return the kind, or the empty string
   */
  public String kind() {
    return tree.path("kind").asText("");
  }

  /**
   * The object's {@code metadata.name}.
   *
   * @return the name, or the empty string
   */
  public String name() {
    return tree.path("metadata").path("name").asText("");
  }

  /**
   * The object's {@code metadata.namespace}.
   *
   * @return the namespace, or the empty string for cluster-scoped objects
   */
  public String namespace() {
    return tree.path("metadata").path("namespace").asText("");
  }
}

package io.monitoringascode.stack.values;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.openshift.api.model.monitoring.v1.StorageSpec;
import io.monitoringascode.core.render.Canonical;

/**
 * A fabric8 object taken into a value type, kept as its rendered tree: the caller's mutable object is never kept, and
 * every read gives a fresh object.
 *
 * @param tree the object's tree, never handed out
 */
record Fabric8Copy(JsonNode tree) {
  static Fabric8Copy of(Object fabric8) {
    return new Fabric8Copy(Canonical.toTree(fabric8));
  }

  /**
   * Copies a storage spec without the {@code apiVersion} and {@code kind} that fabric8 writes into every
   * {@code volumeClaimTemplate}: the operator ignores them, and {@code kind: EmbeddedPersistentVolumeClaim} would
   * only puzzle a reader of the values file.
   */
  static Fabric8Copy ofStorage(StorageSpec storage) {
    JsonNode tree = Canonical.toTree(storage);
    if (tree.get("volumeClaimTemplate") instanceof ObjectNode template) {
      template.remove("apiVersion");
      template.remove("kind");
    }
    return new Fabric8Copy(tree);
  }

  <T> T to(Class<T> type) {
    return Canonical.fromTree(tree.deepCopy(), type);
  }
}

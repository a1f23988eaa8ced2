package io.monitoringascode.core.value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.render.Canonical;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Makes the model types' {@code from(...)} refuse to drop data: the value read from a fabric8 object is rendered back
 * and compared with the object, and the first key the model does not carry is named in an exception.
 */
public final class Fidelity {
  /** The metadata the model types carry; the rest (uid, resourceVersion...) is set by the API server. */
  private static final Set<String> MODELED_METADATA = Set.of("name", "namespace", "labels", "annotations");

  private Fidelity() {}

  /**
   * Requires that a value read from a fabric8 object renders back to the same object.
   *
   * @param type the model type's simple name, for the message
   * @param original the fabric8 object that was read
   * @param rebuilt the fabric8 object the value renders to
   * @throws InvalidModelException naming the first key that the value does not carry
   */
  public static void requireLossless(String type, Object original, Object rebuilt) {
    JsonNode expected = Canonical.toTree(original);
    if (expected instanceof ObjectNode object) {
      object.remove("status");
      if (object.get("metadata") instanceof ObjectNode metadata) {
        metadata.retain(MODELED_METADATA);
      }
    }
    firstDifference(expected, Canonical.toTree(rebuilt), "").ifPresent(pointer -> {
      throw new InvalidModelException("`" + type + ".from`: `" + (pointer.isEmpty() ? "/" : pointer)
          + "` is not modeled by " + type + ", so importing would drop it; keep the fabric8 object for this one.");
    });
  }

  private static Optional<String> firstDifference(JsonNode expected, JsonNode actual, String pointer) {
    if (expected.isObject() && actual.isObject()) {
      Set<String> names = new TreeSet<>();
      expected.fieldNames().forEachRemaining(names::add);
      actual.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode left = expected.path(name);
        JsonNode right = actual.path(name);
        Optional<String> difference = firstDifference(left, right, JsonPointers.child(pointer, name));
        if (difference.isPresent()) {
          return difference;
        }
      }
      return Optional.empty();
    }
    if (expected.isArray() && actual.isArray()) {
      Iterator<JsonNode> left = expected.elements();
      Iterator<JsonNode> right = actual.elements();
      for (int i = 0; left.hasNext() || right.hasNext(); i++) {
        if (!left.hasNext() || !right.hasNext()) {
          return Optional.of(JsonPointers.child(pointer, i));
        }
        Optional<String> difference = firstDifference(left.next(), right.next(), JsonPointers.child(pointer, i));
        if (difference.isPresent()) {
          return difference;
        }
      }
      return Optional.empty();
    }
    // Scalars compare by text: `expr: 1` read as a string renders as "1", which means the same to Prometheus.
    boolean same = expected.isValueNode() && actual.isValueNode() && expected.asText().equals(actual.asText())
        || expected.isMissingNode() && actual.isMissingNode();
    return same ? Optional.empty() : Optional.of(pointer);
  }
}

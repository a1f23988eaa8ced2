package io.monitoringascode.core.values;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.schema.CrdSchemas;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Walks a values tree beside the chart's key index and lists every key the user wrote down to where the index stops
 * knowing: open maps, lists, fields a CRD types, and unknown keys are visited but not entered.
 */
final class KeyWalk {
  private final ValuesIndex index;
  private final List<UserKey> keys = new ArrayList<>();

  private KeyWalk(ValuesIndex index) {
    this.index = index;
  }

  /**
   * The keys of a values tree, in the tree's order, parents before children.
   *
   * @param values the values
   * @return the keys
   */
  static List<UserKey> of(ChartValues values) {
    KeyWalk walk = new KeyWalk(values.index());
    if (values.values().isObject()) {
      walk.children("", values.values(), values.index().key("").orElseThrow());
    }
    return walk.keys;
  }

  private void children(String pointer, JsonNode object, ValuesKey parent) {
    Set<String> crdFields = parent.crd().map(KeyWalk::specFields).orElse(Set.of());
    object.fields().forEachRemaining(field -> {
      String child = JsonPointers.child(pointer, field.getKey());
      Optional<ValuesKey> known = index.key(child);
      Status status;
      if (known.isPresent()) {
        status = known.get().crdField() ? Status.CRD_FIELD : Status.KNOWN;
      } else {
        status = crdFields.contains(field.getKey()) ? Status.CRD_FIELD : Status.UNKNOWN;
      }
      keys.add(new UserKey(child, pointer, field.getKey(), field.getValue(), known, status));
      // A map where the chart expects something else is one type finding, not one unknown key per entry.
      if (status == Status.KNOWN && !known.get().open() && field.getValue().isObject()
          && known.get().types().contains("object")) {
        children(child, field.getValue(), known.get());
      }
    });
  }

  /**
   * The fields of a custom resource's {@code spec}.
   *
   * @param crd {@code group/version/Kind}
   * @return the field names
   */
  static Set<String> specFields(String crd) {
    return CrdSchemas.bundled().specFields(apiVersion(crd), kind(crd));
  }

  static String apiVersion(String crd) {
    return crd.substring(0, crd.lastIndexOf('/'));
  }

  static String kind(String crd) {
    return crd.substring(crd.lastIndexOf('/') + 1);
  }

  /** How the index knows a key the user wrote. */
  enum Status {
    /** The index has it. */
    KNOWN,
    /** A custom resource's {@code spec} field, validated against the CRD schema. */
    CRD_FIELD,
    /** Neither the index nor a CRD has it. */
    UNKNOWN
  }

  /**
   * A key the user wrote.
   *
   * @param pointer its JSON pointer
   * @param parent its parent's JSON pointer
   * @param name the key
   * @param value its value
   * @param known the index's entry, when the index has the key
   * @param status how the index knows it
   */
  record UserKey(String pointer, String parent, String name, JsonNode value, Optional<ValuesKey> known,
      Status status) {}

  /**
   * Names known at a level: the index's children and, below a CRD subtree, the spec's fields.
   *
   * @param index the index
   * @param parent the parent's pointer
   * @return the names
   */
  static Collection<String> knownNames(ValuesIndex index, String parent) {
    List<String> names = new ArrayList<>(index.childNames(parent));
    index.key(parent).flatMap(ValuesKey::crd).ifPresent(crd -> names.addAll(specFields(crd)));
    return names;
  }
}

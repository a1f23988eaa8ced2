package io.monitoringascode.tools.referencegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Builds the key index of one chart from its merged default values: one entry per key, by JSON pointer, with its
 * type, its default when it is a short scalar, and whether its children are open, typed by a CRD, or templated.
 *
 * <p>Entry members, always in this order: {@code type} ({@code object}, {@code array}, {@code string},
 * {@code integer}, {@code number}, {@code boolean}, {@code any} for a {@code null} default, or a {@code |}-joined
 * list from the chart's JSON schema), {@code default}, {@code open} (the reason: {@code listed}, {@code name},
 * {@code empty-default} or {@code schema}), {@code tpl}, {@code crd} (on the subtree the chart passes to a custom
 * resource's {@code spec}: {@code group/version/Kind}) and {@code crdField} (a key of such a subtree that the CRD
 * types; its children are validated against the CRD schema, not indexed).
 */
final class ValuesKeyIndex {
  /** Longer string defaults are left out: the hint shows a default only when it is short. */
  private static final int MAX_DEFAULT_LENGTH = 80;

  private static final List<String> MEMBERS =
      List.of("type", "default", "open", "tpl", "crd", "crdField");

  private final OpenKeys open;
  private final Map<String, CrdSpecFields> crdSubtrees;
  private final Set<String> tplPaths;
  private final SortedMap<String, ObjectNode> entries = new TreeMap<>();

  /**
   * Creates a builder for one chart.
   *
   * @param open the chart's open-map rules
   * @param crdSubtrees JSON pointers of subtrees the chart passes to a custom resource's {@code spec}
   * @param tplPaths JSON pointers of keys the chart renders through {@code tpl} although their default has no
   *     {@code {{}}} (documented in {@code values.yaml} comments)
   */
  ValuesKeyIndex(OpenKeys open, Map<String, CrdSpecFields> crdSubtrees, Set<String> tplPaths) {
    this.open = open;
    this.crdSubtrees = crdSubtrees;
    this.tplPaths = tplPaths;
  }

  /**
   * Indexes a whole values tree.
   *
   * @param values the merged default values
   * @return this builder
   */
  ValuesKeyIndex index(JsonNode values) {
    ObjectNode root = entry("", values);
    entries.put("", root);
    values.fields().forEachRemaining(field -> walk(pointer("", field.getKey()), field.getKey(), field.getValue(),
        Optional.empty()));
    return this;
  }

  /**
   * Adds keys that {@code values.yaml} documents only in comments, below maps the index checks: of unknown type, and
   * open, because a comment shows no more than an example.
   *
   * @param pointers the commented keys' pointers
   * @return this builder
   */
  ValuesKeyIndex addCommented(Collection<String> pointers) {
    for (String pointer : pointers) {
      ObjectNode parent = entries.get(pointer.substring(0, pointer.lastIndexOf('/')));
      if (!entries.containsKey(pointer) && parent != null && "object".equals(parent.path("type").asText())
          && !parent.has("open") && !parent.has("crdField")) {
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.put("type", "any");
        entry.put("open", "commented");
        entries.put(pointer, entry);
      }
    }
    return this;
  }

  /**
   * Applies a chart's {@code values.schema.json}: declared types replace the types seen in the defaults, and an
   * object with {@code additionalProperties} other than {@code false} is open.
   *
   * @param schema the schema
   * @return this builder
   */
  ValuesKeyIndex applySchema(JsonNode schema) {
    applySchema("", schema);
    return this;
  }

  private void applySchema(String pointer, JsonNode schema) {
    ObjectNode entry = entries.get(pointer);
    if (entry != null) {
      JsonNode type = schema.path("type");
      if (type.isArray()) {
        StringBuilder joined = new StringBuilder();
        type.forEach(t -> joined.append(joined.length() == 0 ? "" : "|").append(t.asText()));
        entry.put("type", joined.toString());
      } else if (type.isTextual()) {
        entry.put("type", type.asText());
      }
      JsonNode additional = schema.path("additionalProperties");
      if (!additional.isMissingNode() && !(additional.isBoolean() && !additional.asBoolean())) {
        entry.put("open", "schema");
      }
    }
    schema.path("properties").fields().forEachRemaining(p -> applySchema(pointer(pointer, p.getKey()), p.getValue()));
  }

  /**
   * The index document.
   *
   * @param chart the chart's name
   * @param version the chart's version
   * @param sources what was read, for the reader of the file
   * @param renamed old key pointer to its rename entry ({@code to}, {@code note})
   * @return the document
   */
  ObjectNode toTree(String chart, String version, List<String> sources,
      SortedMap<String, ObjectNode> renamed) {
    ObjectNode index = JsonNodeFactory.instance.objectNode();
    index.put("generator", "tools/reference-gen " + ValuesIndexGenerator.class.getSimpleName() + "; do not edit");
    index.put("chart", chart);
    index.put("version", version);
    sources.forEach(index.withArray("sources")::add);
    ObjectNode keys = index.putObject("keys");
    entries.forEach((pointer, entry) -> keys.set(pointer, ordered(entry)));
    ObjectNode renames = index.putObject("renamed");
    renamed.forEach(renames::set);
    return index;
  }

  private void walk(String pointer, String name, JsonNode value, Optional<CrdSpecFields> crdParent) {
    ObjectNode entry = entry(pointer, value);
    entries.put(pointer, entry);
    if (crdParent.isPresent() && crdParent.get().types(name, value)) {
      entry.put("crdField", true);
      return;
    }
    CrdSpecFields crd = crdSubtrees.get(pointer);
    if (crd != null) {
      entry.put("crd", crd.apiVersion() + "/" + crd.kind());
    } else {
      // Children of an open map are still indexed when the default shows them: checks read their defaults (Loki's
      // `commonConfig.replication_factor`) and relocation hints can point there, but the walk never checks below.
      open.reason(pointer, name, value).ifPresent(reason -> entry.put("open", reason));
    }
    if (value.isObject()) {
      Optional<CrdSpecFields> children = Optional.ofNullable(crd);
      value.fields().forEachRemaining(field -> walk(pointer(pointer, field.getKey()), field.getKey(),
          field.getValue(), children));
    }
  }

  private ObjectNode entry(String pointer, JsonNode value) {
    ObjectNode entry = JsonNodeFactory.instance.objectNode();
    entry.put("type", type(value));
    if (value.isValueNode() && !value.isNull() && value.asText().length() <= MAX_DEFAULT_LENGTH) {
      entry.set("default", value);
    }
    if (tplPaths.contains(pointer) || (value.isTextual() && value.asText().contains("{{"))) {
      entry.put("tpl", true);
    }
    return entry;
  }

  /** The entry with its members in the documented order, whatever order they were added in. */
  private static ObjectNode ordered(ObjectNode entry) {
    ObjectNode ordered = JsonNodeFactory.instance.objectNode();
    for (String member : MEMBERS) {
      if (entry.has(member)) {
        ordered.set(member, entry.get(member));
      }
    }
    return ordered;
  }

  private static String type(JsonNode value) {
    switch (value.getNodeType()) {
      case OBJECT:
        return "object";
      case ARRAY:
        return "array";
      case STRING:
        return "string";
      case BOOLEAN:
        return "boolean";
      case NUMBER:
        return value.isIntegralNumber() ? "integer" : "number";
      default:
        return "any";
    }
  }

  /**
   * The pointer of a child key, escaped as RFC 6901 says.
   *
   * @param parent the parent's pointer
   * @param key the key
   * @return the child's pointer
   */
  static String pointer(String parent, String key) {
    return parent + "/" + key.replace("~", "~0").replace("/", "~1");
  }
}

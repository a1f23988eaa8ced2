package io.monitoringascode.tools.referencegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Turns a CRD's {@code openAPIV3Schema} into a closed, stripped JSON schema (draft 2020-12) that networknt validates.
 *
 * <p>Closing: an object schema with {@code properties} gets {@code "additionalProperties": false}, unless it says
 * {@code x-kubernetes-preserve-unknown-fields: true} or declares {@code additionalProperties} itself (a map). The API
 * server prunes unknown fields of such objects without a word, so a closed schema turns a silent drop into a finding.
 *
 * <p>Stripping keeps only what the API server checks and networknt can check the same way. Every keyword must be
 * known here, either kept or dropped on purpose, so that a new operator release cannot slip in a keyword unnoticed.
 */
final class ClosedSchemas {
  /** The JSON-schema dialect of the output. */
  static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  /** Copied as they are: the API server enforces them, and networknt reads them the same way. */
  private static final List<String> COPIED = List.of(
      "enum", "pattern", "minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems");

  /**
   * Dropped on purpose. {@code description}, {@code default} and {@code example} do not validate and are most of the
   * size. CEL rules ({@code x-kubernetes-validations}) cannot be evaluated here. List and map types are about merging,
   * except {@code x-kubernetes-list-type: set}, which becomes {@code uniqueItems}.
   */
  private static final Set<String> DROPPED = Set.of(
      "description", "default", "example", "externalDocs", "title",
      "x-kubernetes-validations", "x-kubernetes-map-type", "x-kubernetes-list-type", "x-kubernetes-list-map-keys",
      "x-kubernetes-embedded-resource");

  /** Handled by dedicated code below. */
  private static final Set<String> HANDLED = Set.of(
      "type", "nullable", "format", "required", "x-kubernetes-int-or-string", "x-kubernetes-preserve-unknown-fields",
      "properties", "additionalProperties", "items", "allOf", "anyOf", "oneOf");

  /**
   * Kept formats. The API server checks {@code date-time} on strings, as networknt does. {@code int32} and
   * {@code int64} are dropped: networknt knows them only in its OpenAPI dialects, and {@code type: integer} already
   * says what a user can get wrong. Any other format fails the generator, so that someone decides.
   */
  private static final Set<String> KEPT_FORMATS = Set.of("date-time");

  private static final Set<String> DROPPED_FORMATS = Set.of("int32", "int64");

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ClosedSchemas() {}

  /**
   * Closes and strips one version's {@code openAPIV3Schema}.
   *
   * @param openApiV3Schema the schema of a CRD version
   * @return a new schema with {@code $schema} first and keys in a fixed order
   * @throws IllegalStateException on a keyword or shape that this class does not know, naming its schema path
   */
  static ObjectNode close(JsonNode openApiV3Schema) {
    ObjectNode root = NODES.objectNode();
    root.put("$schema", DIALECT);
    root.setAll(convert(openApiV3Schema, ""));
    return root;
  }

  private static ObjectNode convert(JsonNode schema, String path) {
    if (!schema.isObject()) {
      throw new IllegalStateException("Schema at `" + path + "` is not an object.");
    }
    for (Iterator<String> names = schema.fieldNames(); names.hasNext(); ) {
      String keyword = names.next();
      if (!COPIED.contains(keyword) && !DROPPED.contains(keyword) && !HANDLED.contains(keyword)) {
        throw new IllegalStateException("Unknown keyword `" + keyword + "` at `" + path + "`: decide in "
            + ClosedSchemas.class.getSimpleName() + " whether to keep or drop it.");
      }
    }
    ObjectNode out = NODES.objectNode();
    JsonNode type = type(schema, path);
    if (type != null) {
      out.set("type", type);
    }
    for (String keyword : COPIED) {
      copy(schema, out, keyword);
    }
    if (schema.path("nullable").asBoolean(false) && out.has("enum")) {
      ((ArrayNode) out.get("enum")).addNull();
    }
    JsonNode format = schema.get("format");
    if (format != null) {
      if (KEPT_FORMATS.contains(format.asText())) {
        out.set("format", format);
      } else if (!DROPPED_FORMATS.contains(format.asText())) {
        throw new IllegalStateException("Unknown format `" + format.asText() + "` at `" + path + "`: decide in "
            + ClosedSchemas.class.getSimpleName() + " whether to keep or drop it.");
      }
    }
    if ("set".equals(schema.path("x-kubernetes-list-type").asText())) {
      // The API server rejects duplicates in a set-typed list.
      out.put("uniqueItems", true);
    }
    copy(schema, out, "required");
    JsonNode properties = schema.get("properties");
    if (properties != null) {
      out.set("properties", properties(properties, path));
    }
    JsonNode additional = schema.get("additionalProperties");
    if (additional != null) {
      out.set("additionalProperties",
          additional.isBoolean() ? additional : convert(additional, path + "/additionalProperties"));
    } else if (properties != null && !schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
      out.put("additionalProperties", false);
    }
    JsonNode items = schema.get("items");
    if (items != null) {
      out.set("items", convert(items, path + "/items"));
    }
    for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
      JsonNode branches = schema.get(combinator);
      if (branches != null && !isIntOrString(schema)) {
        ArrayNode converted = out.putArray(combinator);
        for (int i = 0; i < branches.size(); i++) {
          converted.add(convert(branches.get(i), path + "/" + combinator + "/" + i));
        }
      }
    }
    return out;
  }

  /**
   * The output {@code type}: {@code x-kubernetes-int-or-string} becomes {@code ["integer", "string"]}, so networknt
   * reports one type error instead of two failed {@code anyOf} branches; {@code nullable} adds {@code "null"}.
   */
  private static JsonNode type(JsonNode schema, String path) {
    if (isIntOrString(schema)) {
      JsonNode anyOf = schema.get("anyOf");
      if (anyOf != null && !anyOf.equals(intOrStringAnyOf())) {
        throw new IllegalStateException("Unexpected `anyOf` beside `x-kubernetes-int-or-string` at `" + path + "`.");
      }
      return NODES.arrayNode().add("integer").add("string");
    }
    JsonNode type = schema.get("type");
    if (type == null || !schema.path("nullable").asBoolean(false)) {
      return type;
    }
    return NODES.arrayNode().add(type.asText()).add("null");
  }

  private static boolean isIntOrString(JsonNode schema) {
    return schema.path("x-kubernetes-int-or-string").asBoolean(false);
  }

  private static JsonNode intOrStringAnyOf() {
    ArrayNode anyOf = NODES.arrayNode();
    anyOf.addObject().put("type", "integer");
    anyOf.addObject().put("type", "string");
    return anyOf;
  }

  private static ObjectNode properties(JsonNode properties, String path) {
    List<String> names = new ArrayList<>();
    properties.fieldNames().forEachRemaining(names::add);
    names.sort(null);
    ObjectNode out = NODES.objectNode();
    for (String name : names) {
      JsonNode property = properties.get(name);
      String propertyPath = path + "/properties/" + name;
      out.set(name, propertyPath.equals("/properties/metadata") ? objectMeta(property) : convert(property, propertyPath));
    }
    return out;
  }

  /**
   * The schema of {@code metadata}. CRDs declare it as a bare {@code type: object}, since the API server validates
   * ObjectMeta itself. It is closed over ObjectMeta's fields, because a misspelt {@code lables} silently loses the
   * labels the operator selects on; labels and annotations are typed as string maps, because a number there is a
   * common mistake that the API server rejects. The fields the API server sets are allowed without a type, so that
   * objects exported from a cluster validate.
   */
  private static ObjectNode objectMeta(JsonNode declared) {
    ObjectNode bare = NODES.objectNode().put("type", "object");
    if (!declared.equals(bare)) {
      throw new IllegalStateException("Expected `metadata` to be a bare `type: object`, found " + declared + ".");
    }
    ObjectNode meta = NODES.objectNode().put("type", "object");
    ObjectNode properties = meta.putObject("properties");
    properties.set("annotations", stringMap());
    properties.set("labels", stringMap());
    properties.putObject("name").put("type", "string");
    properties.putObject("namespace").put("type", "string");
    properties.putObject("generateName").put("type", "string");
    for (String serverSet : OBJECT_META_SERVER_FIELDS) {
      properties.putObject(serverSet);
    }
    meta.put("additionalProperties", false);
    return meta;
  }

  /** ObjectMeta's fields that the API server or controllers set (Kubernetes {@code meta/v1} ObjectMeta). */
  private static final List<String> OBJECT_META_SERVER_FIELDS = List.of("creationTimestamp",
      "deletionGracePeriodSeconds", "deletionTimestamp", "finalizers", "generation", "managedFields", "ownerReferences",
      "resourceVersion", "selfLink", "uid");

  private static ObjectNode stringMap() {
    ObjectNode map = NODES.objectNode().put("type", "object");
    map.putObject("additionalProperties").put("type", "string");
    return map;
  }

  private static void copy(JsonNode from, ObjectNode to, String keyword) {
    JsonNode value = from.get(keyword);
    if (value != null) {
      to.set(keyword, value.deepCopy());
    }
  }
}

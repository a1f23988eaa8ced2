package io.monitoringascode.tools.referencegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The top-level {@code spec} fields of one Prometheus-Operator CRD and their JSON types, read from the operator's CRD
 * file; used to decide which keys of a chart's {@code prometheusSpec}-like subtree the CRD types.
 *
 * @param apiVersion the CRD's {@code group/version}, such as {@code monitoring.coreos.com/v1}
 * @param kind the kind, such as {@code Prometheus}
 * @param fields field name to its schema
 */
record CrdSpecFields(String apiVersion, String kind, Map<String, JsonNode> fields) {
  private static final YAMLMapper YAML = new YAMLMapper();

  /**
   * Reads the {@code spec} properties of the first served version of a CRD file.
   *
   * @param file the CRD file, such as {@code monitoring.coreos.com_prometheuses.yaml}
   * @return the fields
   */
  static CrdSpecFields read(Path file) {
    try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
      JsonNode crd = documents.next();
      JsonNode spec = crd.path("spec");
      for (JsonNode version : spec.path("versions")) {
        if (version.path("served").asBoolean(false)) {
          Map<String, JsonNode> fields = new TreeMap<>();
          version.path("schema").path("openAPIV3Schema").path("properties").path("spec").path("properties")
              .fields().forEachRemaining(field -> fields.put(field.getKey(), field.getValue()));
          return new CrdSpecFields(spec.path("group").asText() + "/" + version.path("name").asText(),
              spec.path("names").path("kind").asText(), fields);
        }
      }
      throw new IllegalStateException(file.getFileName() + " serves no version.");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /**
   * Tells whether the CRD types a field in the shape of the chart's default, so that the chart can pass the value to
   * the custom resource as it is. A chart key of another shape ({@code image} as an object where the CRD wants a
   * string, or a map with keys the CRD field lacks) is the chart's own and is indexed from {@code values.yaml}.
   *
   * @param name the key
   * @param chartDefault its default in {@code values.yaml}
   * @return {@code true} if the CRD has the field with a compatible type
   */
  boolean types(String name, JsonNode chartDefault) {
    JsonNode field = fields.get(name);
    if (field == null) {
      return false;
    }
    if (chartDefault.isNull()) {
      return true;
    }
    String type = field.path("type").asText("");
    boolean intOrString = field.path("x-kubernetes-int-or-string").asBoolean(false);
    if (chartDefault.isObject()) {
      // A default with keys the CRD field lacks (`existingSecret` beside a secret's `key`) is the chart's own shape,
      // which its templates turn into the field.
      JsonNode properties = field.path("properties");
      boolean sameKeys = true;
      for (Iterator<String> names = chartDefault.fieldNames(); names.hasNext() && !properties.isMissingNode(); ) {
        sameKeys &= properties.has(names.next());
      }
      return type.equals("object") && sameKeys;
    }
    if (chartDefault.isArray()) {
      return type.equals("array");
    }
    if (chartDefault.isTextual()) {
      return type.equals("string") || intOrString;
    }
    if (chartDefault.isBoolean()) {
      return type.equals("boolean");
    }
    if (chartDefault.isIntegralNumber()) {
      return type.equals("integer") || type.equals("number") || intOrString;
    }
    return type.equals("number");
  }
}

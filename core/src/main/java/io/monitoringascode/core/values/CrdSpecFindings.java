package io.monitoringascode.core.values;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.schema.CrdSchemas;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates the values subtrees a chart passes to a custom resource's {@code spec} ({@code prometheus.prometheusSpec}
 * becomes the Prometheus object's spec) against the closed CRD schema, and points the findings back into the values.
 * Their rule ids are those of {@link CrdSchemas}. A value the chart would not pass on is left out: {@code null}, an
 * empty string, map or list (the chart's templates skip them with {@code if}), and the chart's own default.
 */
final class CrdSpecFindings {
  private CrdSpecFindings() {}

  /**
   * Validates every CRD-typed subtree the values hold.
   *
   * @param values the values
   * @return the findings, pointers relative to the values
   */
  static List<Finding> of(ChartValues values) {
    Map<String, ObjectNode> specs = new LinkedHashMap<>();
    Map<String, String> kinds = new LinkedHashMap<>();
    for (KeyWalk.UserKey key : KeyWalk.of(values)) {
      if (key.known().flatMap(ValuesKey::crd).isPresent()) {
        specs.put(key.pointer(), JsonNodeFactory.instance.objectNode());
        kinds.put(key.pointer(), key.known().get().crd().get());
      } else if (key.status() == KeyWalk.Status.CRD_FIELD && passedOn(key)) {
        ObjectNode spec = specs.get(key.parent());
        if (spec != null) {
          spec.set(key.name(), key.value());
        }
      }
    }
    List<Finding> findings = new ArrayList<>();
    specs.forEach((pointer, spec) -> {
      String crd = kinds.get(pointer);
      for (Finding finding : CrdSchemas.bundled().validateSpec(KeyWalk.apiVersion(crd), KeyWalk.kind(crd), spec)) {
        Location at = finding.location();
        findings.add(finding.withLocation(new Location(at.file(), at.document(), pointer + at.pointer(),
            at.span())));
      }
    });
    return findings;
  }

  private static boolean passedOn(KeyWalk.UserKey key) {
    JsonNode value = key.value();
    if (value.isNull() || (value.isTextual() && value.asText().isEmpty())
        || (value.isContainerNode() && value.isEmpty())) {
      return false;
    }
    return key.known().flatMap(ValuesKey::defaultValue).map(d -> !d.equals(value)).orElse(true);
  }
}

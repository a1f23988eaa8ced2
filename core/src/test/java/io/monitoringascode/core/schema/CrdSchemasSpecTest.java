package io.monitoringascode.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monitoringascode.core.finding.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrdSchemasSpecTest {
  private static final String V1 = "monitoring.coreos.com/v1";

  @Test
  void validateSpec_badField_pointsRelativeToSpec() {
    ObjectNode spec = JsonNodeFactory.instance.objectNode();
    spec.put("retention", 10);
    spec.put("replicaz", 2);

    List<Finding> findings = CrdSchemas.bundled().validateSpec(V1, "Prometheus", spec);

    assertThat(findings).extracting(f -> f.location().pointer() + " " + f.ruleId())
        .containsExactly("/replicaz schema/unknown-field", "/retention schema/type");
  }

  @Test
  void validateSpec_validSpec_hasNoFindings() {
    ObjectNode spec = JsonNodeFactory.instance.objectNode();
    spec.put("retention", "10d");
    spec.putObject("alertmanagerConfigSelector").putObject("matchLabels").put("resource", "prometheus");

    assertThat(CrdSchemas.bundled().validateSpec(V1, "Alertmanager", spec.without("retention"))).isEmpty();
  }

  @Test
  void specFields_prometheus_listsSpecProperties() {
    assertThat(CrdSchemas.bundled().specFields(V1, "Prometheus"))
        .contains("retention", "ruleSelector", "serviceMonitorSelector")
        .doesNotContain("alertmanagerConfigSelector");
  }

  @Test
  void specFields_unknownKind_fails() {
    assertThatThrownBy(() -> CrdSchemas.bundled().specFields(V1, "Nope")).isInstanceOf(IllegalArgumentException.class);
  }
}

package io.monitoringascode.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.monitoringascode.core.document.DocumentReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalTest {
  private static String yaml(Object model) {
    return new String(Canonical.renderYaml(Canonical.toTree(model)), StandardCharsets.UTF_8);
  }

  @Test
  void renderYaml_kubernetesObject_fixedKeyOrderAndSortedLabels() {
    ConfigMap map = new ConfigMapBuilder()
        .withNewMetadata().withName("demo").withNamespace("ns")
        .addToLabels("zeta", "1x").addToLabels("alpha", "a").endMetadata()
        .addToData("b.txt", "two").addToData("a.txt", "one")
        .build();

    assertThat(yaml(map)).isEqualTo("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          labels:
            alpha: a
            zeta: 1x
          name: demo
          namespace: ns
        data:
          a.txt: one
          b.txt: two
        """);
  }

  @ParameterizedTest
  @ValueSource(strings = {"on", "yes", "No", "off", "y", "true", "null", "~", "1e3", "0755", "0x1F", "1_000",
      "12:30", "=", "<<", "0X1F", "0B11", "0O17", "0_x1F", "1e5_0", "3.14", ".5", "-1", "+1", ".inf", "-.Inf", ".NaN", "2026-01-01", ""})
  void renderYaml_yaml11Scalars_quoted(String value) {
    String text = yaml(Map.of("key", value));

    assertThat(text).isIn("key: \"" + value + "\"\n", "key: '" + value + "'\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"._", "-._", ".__", ".", "x\u0085y", "a\u2028b", "c\u2029d", "on", "1e3", "12:30", "=",
      "plain text", "#channel", "{{ $labels.x }}", "a: b", "- item", "multi\nline", "tab\there", "ümlaut"})
  void renderYaml_anyString_readsBackUnchanged(String value) {
    JsonNode read = DocumentReader.read(yaml(Map.of("key", value))).get(0);

    assertThat(read.path("key").isTextual()).as(yaml(Map.of("key", value))).isTrue();
    assertThat(read.path("key").asText()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"30s", "critical", "prometheus-demo-app", "1h30m", "v1", "a.b", "1x"})
  void renderYaml_plainStrings_unquoted(String value) {
    assertThat(yaml(Map.of("key", value))).isEqualTo("key: " + value + "\n");
  }

  @Test
  void renderYaml_longExpression_staysOnOneLine() {
    String expr = "sum by (namespace, pod) (rate(container_cpu_usage_seconds_total{job=\"kubelet\", image!=\"\"}[5m]))"
        + " / on (namespace, pod) group_left sum by (namespace, pod) (kube_pod_container_resource_limits)";

    assertThat(yaml(Map.of("expr", expr)).lines()).hasSize(1);
  }

  @Test
  void renderYaml_multiLineString_literalBlock() {
    assertThat(yaml(Map.of("text", "line one\nline two"))).isEqualTo("text: |-\n  line one\n  line two\n");
  }

  @Test
  void renderYaml_listOfMaps_keepsOrder() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("resources", List.of("b.yaml", "a.yaml"));

    assertThat(yaml(doc)).isEqualTo("resources:\n  - b.yaml\n  - a.yaml\n");
  }

  @Test
  void renderYaml_severalDocuments_separatedByMarkers() {
    JsonNode a = Canonical.toTree(Map.of("kind", "A"));
    JsonNode b = Canonical.toTree(Map.of("kind", "B"));

    assertThat(new String(Canonical.renderYaml(List.of(a, b)), StandardCharsets.UTF_8))
        .isEqualTo("kind: A\n---\nkind: B\n");
  }

  @Test
  void renderJson_prettyWithFinalNewline() {
    assertThat(new String(Canonical.renderJson(Canonical.toTree(Map.of("a", List.of(1, 2)))), StandardCharsets.UTF_8))
        .isEqualTo("{\n  \"a\" : [\n    1,\n    2\n  ]\n}\n");
  }

  @Test
  void fromTree_roundTrip_equalObject() {
    ConfigMap map = new ConfigMapBuilder().withNewMetadata().withName("x").endMetadata().addToData("k", "v").build();

    assertThat(Canonical.fromTree(Canonical.toTree(map), ConfigMap.class)).isEqualTo(map);
  }
}

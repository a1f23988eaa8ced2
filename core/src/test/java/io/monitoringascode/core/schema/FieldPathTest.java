package io.monitoringascode.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.document.DocumentReader;
import org.junit.jupiter.api.Test;

class FieldPathTest {
  private static final JsonNode DOCUMENT = DocumentReader.read("""
      metadata:
        labels:
          app.kubernetes.io/name: demo
          "0": numeric-key
      spec:
        endpoints:
        - port: http
        - port: web
          relabelings:
          - action: keep
      """).get(0);

  @Test
  void of_pointerThroughArrays_showsIndices() {
    assertThat(FieldPath.of(DOCUMENT, "/spec/endpoints/1/relabelings/0/action"))
        .isEqualTo("spec.endpoints[1].relabelings[0].action");
  }

  @Test
  void ofSchema_pointerThroughArrays_dropsIndices() {
    assertThat(FieldPath.ofSchema(DOCUMENT, "/spec/endpoints/1/relabelings/0"))
        .isEqualTo("spec.endpoints[].relabelings[]");
  }

  @Test
  void of_numericMapKeyOrKeyWithDots_quotesTheKey() {
    assertThat(FieldPath.of(DOCUMENT, "/metadata/labels/0")).isEqualTo("metadata.labels[\"0\"]");
    assertThat(FieldPath.of(DOCUMENT, "/metadata/labels/app.kubernetes.io~1name"))
        .isEqualTo("metadata.labels[\"app.kubernetes.io/name\"]");
  }

  @Test
  void of_rootPointer_isEmpty() {
    assertThat(FieldPath.of(DOCUMENT, "")).isEmpty();
  }
}

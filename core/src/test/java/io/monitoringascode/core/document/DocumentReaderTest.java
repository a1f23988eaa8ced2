package io.monitoringascode.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {
  @Test
  void read_multiDocumentYaml_keepsIndicesOfEmptyDocuments() {
    List<JsonNode> documents = DocumentReader.read("""
        kind: A
        ---
        ---
        kind: B
        """);

    assertThat(documents).hasSize(3);
    assertThat(documents.get(0).path("kind").asText()).isEqualTo("A");
    assertThat(documents.get(1).isMissingNode()).as("empty document read as %s", documents.get(1).getNodeType()).isTrue();
    assertThat(documents.get(2).path("kind").asText()).isEqualTo("B");
  }

  @Test
  void read_rulesFileOfTenThousandRules_isNotRefusedForItsSize() {
    String rule = "  - record: r\n    expr: sum by (job) (rate(http_requests_total{job=\"api\",code=~\"5..\"}[5m]))\n";
    String text = "groups:\n- name: g\n  rules:\n" + rule.repeat(40_000);

    assertThat(text.length()).isGreaterThan(3 * 1024 * 1024);
    assertThat(DocumentReader.read(text).get(0).at("/groups/0/rules").size()).isEqualTo(40_000);
  }

  @Test
  void read_keyWithoutValue_readsNullAsKubectlDoes() {
    JsonNode document = DocumentReader.read("spec:\n  namespaceSelector:\n  name: ''\n").get(0);

    assertThat(document.path("spec").get("namespaceSelector").isNull()).isTrue();
    assertThat(document.path("spec").get("name").asText()).isEmpty();
  }

  @Test
  void read_json_readsOneDocument() {
    assertThat(DocumentReader.read("{\"kind\": \"A\"}")).singleElement()
        .satisfies(d -> assertThat(d.path("kind").asText()).isEqualTo("A"));
  }

  @Test
  void read_brokenYaml_failsWithLine() {
    assertThatThrownBy(() -> DocumentReader.read("a: b\n  c: d\n: : :\n"))
        .isInstanceOf(DocumentSyntaxException.class)
        .hasMessageStartingWith("line ");
  }

  @Test
  void read_tabIndentation_pointsAtTheTab() {
    assertThatThrownBy(() -> DocumentReader.read("a: 1\n\tb: 2\n"))
        .isInstanceOfSatisfying(DocumentSyntaxException.class, e -> {
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isEqualTo(1);
        });
  }
}

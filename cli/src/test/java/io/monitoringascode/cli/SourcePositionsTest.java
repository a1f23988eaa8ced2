package io.monitoringascode.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.lang.TextPosition;
import org.junit.jupiter.api.Test;

class SourcePositionsTest {
  private static final String TEXT = """
      apiVersion: monitoring.coreos.com/v1
      kind: ServiceMonitor
      metadata:
        labels:
          app.kubernetes.io/name: demo
      spec:
        endpoints:
          - port: http
            interval: 30
          - port: metrics
      ---
      ---
      - first
      - second: {a: 1}
      """;

  private final SourcePositions positions = SourcePositions.parse(TEXT);

  @Test
  void find_objectMember_isPlacedOnItsKey() {
    assertThat(positions.find(0, "/spec/endpoints/0/interval")).contains(new TextPosition(9, 7));
    assertThat(positions.find(0, "/metadata")).contains(new TextPosition(3, 1));
  }

  @Test
  void find_arrayElement_isPlacedOnItsFirstToken() {
    assertThat(positions.find(0, "/spec/endpoints/1")).contains(new TextPosition(10, 7));
  }

  @Test
  void find_escapedKey_isFound() {
    assertThat(positions.find(0, "/metadata/labels/app.kubernetes.io~1name")).contains(new TextPosition(5, 5));
  }

  @Test
  void find_missingKey_fallsBackToItsNearestParent() {
    assertThat(positions.find(0, "/metadata/labels/release")).contains(new TextPosition(4, 3));
  }

  @Test
  void find_laterDocument_countsEmptyDocuments() {
    assertThat(positions.find(2, "/1/second/a")).contains(new TextPosition(14, 12));
    assertThat(positions.find(2, "")).contains(new TextPosition(13, 1));
  }

  @Test
  void find_documentNotInText_isEmpty() {
    assertThat(positions.find(3, "/spec")).isEmpty();
  }
}

package io.monitoringascode.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.monitoringascode.core.render.Canonical;
import io.monitoringascode.stack.MonitoringStack;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark content is fair and valid; timings are measured by JMH, never asserted here. */
class StackContentTest {
  @Test
  void oursAndTheBaselineDescribeEqualObjects() {
    // Compared as the trees that are written: fabric8 builders leave empty lists and maps where ours leave nulls,
    // and neither reaches the output.
    assertThat(trees(StackContent.ours(4))).isEqualTo(trees(StackContent.fabric8(4)));
  }

  private static List<JsonNode> trees(List<HasMetadata> objects) {
    return objects.stream().map(Canonical::toTree).toList();
  }

  @Test
  void theStackHasNoFindings() {
    assertThat(StackContent.ourStack(20).check().findings()).isEmpty();
  }

  @Test
  void theStackRendersOneFilePerObjectAndTheKustomization() {
    MonitoringStack stack = StackContent.ourStack(20);
    assertThat(stack.render()).hasSize(2 * 20 + 1)
        .containsKey("k8s-monitoring-ns/prometheusrule-api-7-rules.yaml")
        .containsKey("k8s-monitoring-ns/servicemonitor-api-7.yaml");
  }
}

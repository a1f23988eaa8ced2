package io.monitoringascode.loki;

import io.monitoringascode.core.golden.GoldenFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoldenFilesTest {
  /** Every golden file the module's tests compare with: PromtailConfigTest, FakeLogGeneratorTest, LokiRuleFileTest. */
  private static final List<String> USED = List.of("fakelogs/shared-file.yaml", "fakelogs/stdout.yaml",
      "rule/fake-logs-rules-configmap.yaml", "rule/fake-logs-rules.yaml",
      "shipping/everything-promtail.yaml", "shipping/everything.alloy",
      "shipping/tutorial-promtail.yaml", "shipping/tutorial.alloy");

  @Test
  void goldenFiles_areEachUsedByATest() {
    GoldenFiles.assertNoOrphans(USED);
  }
}

package io.monitoringascode.loki;

import io.monitoringascode.core.golden.GoldenFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoldenFilesTest {
  /** Every golden file the module's tests compare with, in LokiRuleFileTest. */
  private static final List<String> USED =
      List.of("rule/fake-logs-rules-configmap.yaml", "rule/fake-logs-rules.yaml");

  @Test
  void goldenFiles_areEachUsedByATest() {
    GoldenFiles.assertNoOrphans(USED);
  }
}

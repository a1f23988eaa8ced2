package io.monitoringascode.prometheus;

import io.monitoringascode.core.golden.GoldenFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoldenFilesTest {
  /** Every golden file the module's tests compare with, in ServiceScrapeTest, PodScrapeTest and RuleFileTest. */
  private static final List<String> USED =
      List.of("monitor/pod-scrape.yaml", "monitor/service-scrape.yaml", "rule/tutorial-rules.yaml");

  @Test
  void goldenFiles_areEachUsedByATest() {
    GoldenFiles.assertNoOrphans(USED);
  }
}

package io.monitoringascode.loki.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.golden.GoldenFiles;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PromtailConfigTest {
  @Test
  void render_tutorial_matchesGoldenFile() throws Exception {
    GoldenFiles.assertMatches("shipping/tutorial-promtail.yaml",
        TutorialShipping.config().render().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void toAlloy_tutorial_matchesGoldenFile() throws Exception {
    GoldenFiles.assertMatches("shipping/tutorial.alloy", TutorialShipping.config().toAlloy().getBytes(StandardCharsets.UTF_8));
  }
}

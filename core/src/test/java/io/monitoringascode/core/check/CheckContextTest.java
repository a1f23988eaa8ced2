package io.monitoringascode.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckContextTest {
  @Test
  void requiredLabels_release_defaultsToReleaseLabel() {
    assertThat(CheckContext.forRelease("prometheus").requiredLabels()).contains(Map.of("release", "prometheus"));
  }

  @Test
  void requiredLabels_explicitSelector_winsOverRelease() {
    CheckContext context = CheckContext.builder().release("prometheus").putSelectorLabel("team", "infra").build();

    assertThat(context.requiredLabels()).contains(Map.of("team", "infra"));
  }

  @Test
  void requiredLabels_nothingKnown_isEmpty() {
    assertThat(CheckContext.none().requiredLabels()).isEmpty();
  }
}

package io.monitoringascode.examples.production;

import static io.monitoringascode.testkit.MonitoringAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.stack.profile.Profile;
import org.junit.jupiter.api.Test;

/**
 * The production stack passes the {@code PRODUCTION} profile without a single finding, of any severity, and renders
 * exactly the reviewed files under {@code src/test/resources/golden/production/}.
 */
class ProductionStackTest {
  @Test
  void check_productionProfile_hasNoFindingAtAll() {
    assertThat(new ProductionStack().stack().profile()).isEqualTo(Profile.PRODUCTION);
    assertThat(new ProductionStack().stack().check()).isEmpty();
  }

  @Test
  void render_productionStack_matchesGoldenFiles() {
    assertThat(new ProductionStack().stack()).rendersGoldenFiles("production/");
  }
}

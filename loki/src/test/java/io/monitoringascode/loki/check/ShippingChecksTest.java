package io.monitoringascode.loki.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.loki.shipping.LogShipper;
import org.junit.jupiter.api.Test;

class ShippingChecksTest {
  @Test
  void ruleIds_areTheLogsRules() {
    assertThat(ShippingChecks.ruleIds()).extracting(RuleId::value).containsExactly("logs/push-url", "logs/label-name",
        "logs/label-cardinality", "logs/unextracted-field", "logs/match-selector", "logs/positions-volume");
  }

  @Test
  void check_tutorial_hasNoFinding() {
    assertThat(ShippingChecks.check(LogShipper.of(ShippingFixture.tutorial()))).isEmpty();
  }
}

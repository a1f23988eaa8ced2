package io.monitoringascode.alerting.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MatcherStrategyTest {
  @ParameterizedTest
  @EnumSource(MatcherStrategy.class)
  void fromCrdValue_readsBackEveryCrdValue(MatcherStrategy strategy) {
    assertThat(MatcherStrategy.fromCrdValue(strategy.crdValue())).contains(strategy);
  }

  @Test
  void fromCrdValue_otherText_isEmpty() {
    assertThat(MatcherStrategy.fromCrdValue("onnamespace")).isEmpty();
    assertThat(MatcherStrategy.NONE.crdValue()).isEqualTo("None");
  }
}

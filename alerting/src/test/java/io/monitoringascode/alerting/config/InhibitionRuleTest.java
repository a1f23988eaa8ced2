package io.monitoringascode.alerting.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.monitoringascode.core.value.InvalidModelException;
import org.junit.jupiter.api.Test;

class InhibitionRuleTest {
  @Test
  void build_withInvalidEqualLabel_namesIt() {
    assertThatThrownBy(() -> InhibitionRule.builder().addEqual("alert-name").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`equal`: `alert-name` is not a Prometheus label name.");
  }
}

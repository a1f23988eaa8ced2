package io.monitoringascode.alerting.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.monitoringascode.core.value.InvalidModelException;
import org.junit.jupiter.api.Test;

class DayRangeTest {
  @Test
  void of_withDayZero_fails() {
    assertThatThrownBy(() -> DayRange.of(0, 5))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`daysOfMonth`: day `0` is out of range; use 1 to 31 or -31 to -1.");
  }

  @Test
  void of_fromEndToStart_fails() {
    assertThatThrownBy(() -> DayRange.of(-3, 2))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`daysOfMonth`: range `-3:2` starts from the end of the month, so its end must be negative too.");
  }

  @Test
  void of_lastWeekOfMonth_passes() {
    assertThat(DayRange.from(DayRange.of(-7, -1).toDayOfMonthRange())).isEqualTo(DayRange.of(-7, -1));
  }
}

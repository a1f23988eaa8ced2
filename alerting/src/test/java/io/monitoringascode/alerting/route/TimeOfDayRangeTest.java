package io.monitoringascode.alerting.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.monitoringascode.core.value.InvalidModelException;
import org.junit.jupiter.api.Test;

class TimeOfDayRangeTest {
  @Test
  void of_withSingleDigitHour_showsTheForm() {
    assertThatThrownBy(() -> TimeOfDayRange.of("9:00", "17:00"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`startTime`: `9:00` is not a time of day such as `09:00`.");
  }

  @Test
  void of_withEndBeforeStart_fails() {
    assertThatThrownBy(() -> TimeOfDayRange.of("22:00", "06:00"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`endTime`: `06:00` is not after `startTime` `22:00`.");
  }

  @Test
  void of_untilEndOfDay_passes() {
    assertThat(TimeOfDayRange.of("22:00", "24:00").endTime()).isEqualTo("24:00");
  }
}

package io.monitoringascode.alerting.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.monitoringascode.core.value.InvalidModelException;
import org.junit.jupiter.api.Test;

class TimeWindowTest {
  @Test
  void build_withAbbreviatedWeekday_showsTheForm() {
    assertThatThrownBy(() -> TimeWindow.builder().addWeekday("mon:fri").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`weekdays`: `mon:fri` is not of the form `monday` or `monday:friday`.");
  }

  @Test
  void build_withReversedMonthRange_fails() {
    assertThatThrownBy(() -> TimeWindow.builder().addMonth("december:3").build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("`months`: range `december:3` ends before it starts.");
  }

  @Test
  void build_withMixedCaseNamesAndNumbers_passes() {
    TimeWindow window = TimeWindow.builder().addWeekday("Monday:friday").addMonth("1:March").addYear("2026:2027")
        .build();

    assertThat(TimeWindow.from(window.toTimeInterval())).isEqualTo(window);
  }
}

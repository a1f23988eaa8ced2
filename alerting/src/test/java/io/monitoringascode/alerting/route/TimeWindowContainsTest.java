package io.monitoringascode.alerting.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** {@code contains} of the time types, as Alertmanager evaluates time intervals. */
class TimeWindowContainsTest {
  private static ZonedDateTime at(String text) {
    return ZonedDateTime.parse(text);
  }

  @Test
  void timeOfDay_includesTheStartAndExcludesTheEnd() {
    TimeOfDayRange night = TimeOfDayRange.of("00:00", "06:00");

    assertThat(night.contains(at("2026-11-29T00:00:00Z"))).isTrue();
    assertThat(night.contains(at("2026-11-29T05:59:59Z"))).isTrue();
    assertThat(night.contains(at("2026-11-29T06:00:00Z"))).isFalse();
    assertThat(TimeOfDayRange.of("18:00", "24:00").contains(at("2026-11-29T23:59:00Z"))).isTrue();
  }

  @Test
  void daysOfMonth_countNegativeDaysFromTheEnd() {
    DayRange lastTwo = DayRange.of(-2, -1);

    assertThat(lastTwo.contains(at("2026-02-27T12:00:00Z"))).isTrue();
    assertThat(lastTwo.contains(at("2026-02-26T12:00:00Z"))).isFalse();
    assertThat(lastTwo.contains(at("2026-03-30T12:00:00Z"))).isTrue();
    assertThat(DayRange.of(30, 31).contains(at("2026-02-28T12:00:00Z"))).isFalse();
    assertThat(DayRange.of(25, 31).contains(at("2026-02-28T12:00:00Z"))).isTrue();
  }

  @Test
  void window_needsEveryNonEmptyListToMatch() {
    TimeWindow weekendNights = TimeWindow.builder()
        .addTime(TimeOfDayRange.of("00:00", "06:00"))
        .addWeekday("sunday")
        .addWeekday("saturday")
        .addMonth("november:december")
        .addYear("2026:2027")
        .build();

    assertThat(weekendNights.contains(at("2026-11-29T03:00:00Z"))).isTrue();
    assertThat(weekendNights.contains(at("2026-11-30T03:00:00Z"))).isFalse();
    assertThat(weekendNights.contains(at("2026-10-31T03:00:00Z"))).isFalse();
    assertThat(weekendNights.contains(at("2028-11-25T03:00:00Z"))).isFalse();
    assertThat(weekendNights.contains(at("2026-11-29T03:00:00-05:00"))).isTrue();
  }

  @Test
  void window_readsWeekdayAndMonthNamesInAnyCaseAndMonthsByNumber() {
    TimeWindow window = TimeWindow.builder().addWeekday("Sunday").addMonth("11").build();

    assertThat(window.contains(at("2026-11-29T03:00:00Z"))).isTrue();
    assertThat(TimeWindow.builder().build().contains(at("2026-11-29T03:00:00Z"))).isTrue();
  }

  @Test
  void muteInterval_coversWhatAnyWindowCovers_andNothingWithoutWindows() {
    MuteInterval interval = MuteInterval.builder().name("weekend")
        .addTimeInterval(TimeWindow.builder().addWeekday("saturday").build())
        .addTimeInterval(TimeWindow.builder().addWeekday("sunday").build())
        .build();

    assertThat(interval.contains(at("2026-11-29T03:00:00Z"))).isTrue();
    assertThat(interval.contains(at("2026-11-27T03:00:00Z"))).isFalse();
    assertThat(MuteInterval.builder().name("never").build().contains(at("2026-11-29T03:00:00Z"))).isFalse();
  }
}

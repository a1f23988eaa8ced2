package io.monitoringascode.alerting.check;

import io.fabric8.openshift.api.model.monitoring.v1alpha1.AlertmanagerConfig;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.MuteTimeInterval;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.TimeInterval;
import io.monitoringascode.alerting.route.TimeWindow;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.finding.Severity;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * {@code alerting/empty-time-interval}: a time interval that covers no time: it has no {@code timeIntervals}, or one
 * of its windows combines days of the month, weekdays, months and years that no date has (the 31st of April, a
 * Monday the 1st to 7th of a month outside the years given). A route muted by it is never muted, and a route active
 * in it never notifies. Windows are tried on every date of a 400-year Gregorian cycle, or of the years given; a
 * malformed entry is left to the model's own validation.
 */
final class AlertingEmptyTimeIntervalCheck implements Check<AlertmanagerConfig> {
  private static final RuleInfo INFO = RuleInfo.of("alerting/empty-time-interval", Severity.WARNING,
      "Every time interval covers some time.");
  /** The Gregorian calendar repeats every 400 years. */
  private static final int CYCLE = 400;

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AlertmanagerConfig subject, CheckContext context, FindingSink sink) {
    List<MuteTimeInterval> intervals = subject.getSpec() == null ? null : subject.getSpec().getMuteTimeIntervals();
    if (intervals == null) {
      return;
    }
    for (int i = 0; i < intervals.size(); i++) {
      MuteTimeInterval interval = intervals.get(i);
      if (interval == null) {
        continue;
      }
      List<TimeInterval> windows = interval.getTimeIntervals();
      if (windows == null || windows.isEmpty()) {
        sink.at(JsonPointers.of("spec", "muteTimeIntervals", i))
            .report("Time interval `" + interval.getName() + "` has no `timeIntervals`, so it covers no time.")
            .hint("Add a window such as `{weekdays: ['saturday', 'sunday']}`, or remove the interval.");
        continue;
      }
      for (int j = 0; j < windows.size(); j++) {
        if (windows.get(j) != null && neverMatches(windows.get(j))) {
          sink.at(JsonPointers.of("spec", "muteTimeIntervals", i, "timeIntervals", j))
              .report("Window never matches: no date falls in all of its `daysOfMonth`, `weekdays`, `months` and"
                  + " `years`.")
              .hint("Widen the ranges so that some date falls in all of them, or remove the window.");
        }
      }
    }
  }

  private static boolean neverMatches(TimeInterval interval) {
    TimeWindow window;
    try {
      window = TimeWindow.builder().from(TimeWindow.from(interval)).times(List.of()).build();
    } catch (RuntimeException malformed) {
      return false;
    }
    int first = 2001;
    int last = first + CYCLE - 1;
    if (!window.years().isEmpty()) {
      first = window.years().stream().mapToInt(range -> Integer.parseInt(range.split(":")[0])).min().orElseThrow();
      last = Math.min(first + CYCLE - 1, window.years().stream()
          .mapToInt(range -> Integer.parseInt(range.substring(range.lastIndexOf(':') + 1))).max().orElseThrow());
    }
    for (LocalDate day = LocalDate.of(first, 1, 1); day.getYear() <= last; day = day.plusDays(1)) {
      if (window.contains(day.atStartOfDay(ZoneOffset.UTC))) {
        return false;
      }
    }
    return true;
  }
}

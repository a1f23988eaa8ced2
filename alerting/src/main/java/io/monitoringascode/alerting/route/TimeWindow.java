package io.monitoringascode.alerting.route;

import io.fabric8.openshift.api.model.monitoring.v1alpha1.DayOfMonthRange;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.TimeInterval;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.TimeRange;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A recurring window of time: the moments that fall in every one of its non-empty lists, for example "09:00–17:00 on
 * Monday to Friday". Renders to an item of a mute time interval's {@code timeIntervals[]}. An empty list does not
 * restrict; a window with all lists empty covers all time.
 *
 * <p>Weekdays, months and years are written as in the CRD: {@code monday}, {@code monday:friday}; {@code january},
 * {@code 1:3}, {@code january:march}; {@code 2026}, {@code 2026:2027}. {@code build()} fails on a malformed entry or a
 * range that ends before it starts.
 */
@Value.Immutable
@ModelStyle
public abstract class TimeWindow {
  // The CRD's patterns for these fields (prometheus-operator v0.85.0, monitoring.coreos.com_alertmanagerconfigs.yaml).
  private static final Pattern WEEKDAY = Pattern.compile(
      "((?i)sun|mon|tues|wednes|thurs|fri|satur)day(?:((:(sun|mon|tues|wednes|thurs|fri|satur)day)$)|$)");
  private static final Pattern MONTH = Pattern.compile(
      "((?i)january|february|march|april|may|june|july|august|september|october|november|december|1[0-2]|[1-9])"
          + "(?:((:((?i)january|february|march|april|may|june|july|august|september|october|november|december|1[0-2]"
          + "|[1-9]))$)|$)");
  private static final Pattern YEAR = Pattern.compile("2\\d{3}(?::2\\d{3}|$)");
  private static final List<String> DAYS =
      List.of("sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday");
  private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december");

  /**
   * Starts a window.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Copies a fabric8 time interval.
   * Reads only the fields this type models and does not look for others; {@code AlertRouting.from} checks a whole
   * AlertmanagerConfig and refuses what would be dropped.
   *
   * @param interval the fabric8 interval; not kept
   * @return the window
   * @throws InvalidModelException if an entry is malformed
   */
  public static TimeWindow from(TimeInterval interval) {
    Builder builder = builder();
    if (interval.getDaysOfMonth() != null) {
      for (DayOfMonthRange range : interval.getDaysOfMonth()) {
        builder.addDaysOfMonth(DayRange.from(range));
      }
    }
    if (interval.getTimes() != null) {
      for (TimeRange range : interval.getTimes()) {
        builder.addTime(TimeOfDayRange.from(range));
      }
    }
    return builder
        .months(orEmpty(interval.getMonths()))
        .weekdays(orEmpty(interval.getWeekdays()))
        .years(orEmpty(interval.getYears()))
        .build();
  }

  /**
   * Days of the month. Renders to {@code daysOfMonth}. Default: empty, every day.
   *
   * @return the day ranges
   */
  public abstract List<DayRange> daysOfMonth();

  /**
   * Months, by name or number, single or as {@code start:end}. Renders to {@code months}. Default: empty, every
   * month.
   *
   * @return the month ranges
   */
  public abstract List<String> months();

  /**
   * Spans of the day. Renders to {@code times}. Default: empty, the whole day.
   *
   * @return the spans
   */
  public abstract List<TimeOfDayRange> times();

  /**
   * Days of the week, single or as {@code start:end}, weeks starting on Sunday. Renders to {@code weekdays}. Default:
   * empty, every day.
   *
   * @return the weekday ranges
   */
  public abstract List<String> weekdays();

  /**
   * Years, single or as {@code start:end}. Renders to {@code years}. Default: empty, every year.
   *
   * @return the year ranges
   */
  public abstract List<String> years();

  /**
   * Validates every entry and the order of each range.
   *
   * @throws InvalidModelException naming the attribute and the value
   */
  @Value.Check
  protected void check() {
    for (String range : weekdays()) {
      checkRange("weekdays", range, WEEKDAY, "`monday` or `monday:friday`", DAYS);
    }
    for (String range : months()) {
      checkRange("months", range, MONTH, "`january`, `1` or `january:march`", MONTHS);
    }
    for (String range : years()) {
      checkRange("years", range, YEAR, "`2026` or `2026:2027`", List.of());
    }
  }

  /**
   * Tells whether a moment falls in this window, as Alertmanager judges it: in one entry of every non-empty list,
   * ranges including both ends, times of day including the start and excluding the end.
   *
   * @param time the moment, read in its own time zone (Alertmanager reads an AlertmanagerConfig's intervals in UTC)
   * @return {@code true} when the window covers the moment
   */
  public boolean contains(ZonedDateTime time) {
    return (times().isEmpty() || times().stream().anyMatch(span -> span.contains(time)))
        && (daysOfMonth().isEmpty() || daysOfMonth().stream().anyMatch(days -> days.contains(time)))
        && inRanges(weekdays(), time.getDayOfWeek().getValue() % 7 + 1, DAYS)
        && inRanges(months(), time.getMonthValue(), MONTHS)
        && inRanges(years(), time.getYear(), List.of());
  }

  /**
   * The window as the fabric8 model writes it.
   *
   * @return a fresh fabric8 time interval
   */
  public TimeInterval toTimeInterval() {
    List<DayOfMonthRange> days = new ArrayList<>();
    daysOfMonth().forEach(day -> days.add(day.toDayOfMonthRange()));
    List<TimeRange> spans = new ArrayList<>();
    times().forEach(time -> spans.add(time.toTimeRange()));
    return new TimeInterval(nullIfEmpty(days), nullIfEmpty(new ArrayList<>(months())), nullIfEmpty(spans),
        nullIfEmpty(new ArrayList<>(weekdays())), nullIfEmpty(new ArrayList<>(years())));
  }

  private static void checkRange(String attribute, String range, Pattern syntax, String example, List<String> names) {
    if (!syntax.matcher(range).matches()) {
      throw new InvalidModelException("`" + attribute + "`: `" + range + "` is not of the form " + example + ".");
    }
    String[] ends = range.split(":");
    if (ends.length == 2 && rank(ends[0], names) > rank(ends[1], names)) {
      throw new InvalidModelException("`" + attribute + "`: range `" + range + "` ends before it starts.");
    }
  }

  /** Whether a position (Sunday = 1, January = 1, or the year) lies in one of the ranges; no ranges means any. */
  private static boolean inRanges(List<String> ranges, int position, List<String> names) {
    if (ranges.isEmpty()) {
      return true;
    }
    for (String range : ranges) {
      String[] ends = range.split(":");
      if (position >= rank(ends[0], names) && position <= rank(ends[ends.length - 1], names)) {
        return true;
      }
    }
    return false;
  }

  /** The position of a day or month name in the week or year, or the number itself. */
  private static int rank(String end, List<String> names) {
    int index = names.indexOf(end.toLowerCase(Locale.ROOT));
    return index >= 0 ? index + 1 : Integer.parseInt(end);
  }

  private static List<String> orEmpty(List<String> list) {
    return list == null ? List.of() : list;
  }

  private static <T> List<T> nullIfEmpty(List<T> list) {
    return list.isEmpty() ? null : list;
  }

  /** Builds a {@link TimeWindow}. */
  public static final class Builder extends ImmutableTimeWindow.Builder {}
}

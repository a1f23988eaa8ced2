package io.monitoringascode.alerting.route;

import io.fabric8.openshift.api.model.monitoring.v1alpha1.DayOfMonthRange;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import java.time.ZonedDateTime;
import org.immutables.value.Value;

/**
 * An inclusive range of days of the month, counted from 1, or from the end with negative numbers ({@code -1} is the
 * last day). Renders to an item of a time interval's {@code daysOfMonth[]}.
 */
@Value.Immutable
@ModelStyle
public abstract class DayRange {
  /**
   * A range of days.
   *
   * @param start the first day, 1 to 31 or -31 to -1
   * @param end the last day, in the same form
   * @return the range
   * @throws InvalidModelException if a day is out of range or the end always falls before the start
   */
  public static DayRange of(int start, int end) {
    return builder().start(start).end(end).build();
  }

  /**
   * Copies a fabric8 day range.
   * Reads only the fields this type models and does not look for others; {@code AlertRouting.from} checks a whole
   * AlertmanagerConfig and refuses what would be dropped.
   *
   * @param range the fabric8 range; not kept
   * @return the range
   * @throws InvalidModelException if a day is missing or out of range
   */
  public static DayRange from(DayOfMonthRange range) {
    return builder().start(range.getStart() == null ? 0 : range.getStart())
        .end(range.getEnd() == null ? 0 : range.getEnd()).build();
  }

  /**
   * Starts a range.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The last day, inclusive. Renders to {@code end}.
   *
   * @return the day
   */
  public abstract int end();

  /**
   * The first day, inclusive. Renders to {@code start}.
   *
   * @return the day
   */
  public abstract int start();

  /**
   * Validates the days as the operator does (a copy of Alertmanager's own rule).
   *
   * @throws InvalidModelException naming the attribute and the value
   */
  @Value.Check
  protected void check() {
    for (int day : new int[] {start(), end()}) {
      if (day == 0 || day < -31 || day > 31) {
        throw new InvalidModelException("`daysOfMonth`: day `" + day + "` is out of range; use 1 to 31 or -31 to -1.");
      }
    }
    if (start() < 0 && end() > 0) {
      throw new InvalidModelException("`daysOfMonth`: range `" + start() + ":" + end()
          + "` starts from the end of the month, so its end must be negative too.");
    }
    // Negative days count from the end; 28 is the shortest month, so this only rejects ranges that are always empty.
    int checkStart = start() < 0 ? 28 + start() : start();
    int checkEnd = end() < 0 ? 28 + end() : end();
    if (checkStart > checkEnd) {
      throw new InvalidModelException("`daysOfMonth`: range `" + start() + ":" + end()
          + "` always ends before it starts.");
    }
  }

  /**
   * Tells whether a moment falls on one of these days of its month, as Alertmanager judges it: a negative day counts
   * from the end of the month ({@code -1} is the last day), both ends are included, and a range is cut at the end of
   * a shorter month (a range starting after it matches nothing).
   *
   * @param time the moment, read in its own time zone
   * @return {@code true} when the day of the month is in the range
   */
  public boolean contains(ZonedDateTime time) {
    int length = time.toLocalDate().lengthOfMonth();
    int first = start() < 0 ? length + start() + 1 : start();
    int last = end() < 0 ? length + end() + 1 : end();
    if (first > length) {
      return false;
    }
    return time.getDayOfMonth() >= Math.max(first, 1) && time.getDayOfMonth() <= Math.min(last, length);
  }

  /**
   * The range as the fabric8 model writes it.
   *
   * @return a fresh fabric8 range
   */
  public DayOfMonthRange toDayOfMonthRange() {
    return new DayOfMonthRange(end(), start());
  }

  /** Builds a {@link DayRange}. */
  public static final class Builder extends ImmutableDayRange.Builder {}
}

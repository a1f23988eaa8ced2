package io.monitoringascode.alerting.route;

import io.fabric8.openshift.api.model.monitoring.v1alpha1.TimeRange;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A span of the day in 24-hour {@code HH:MM} form, start inclusive and end exclusive, such as {@code 09:00} to
 * {@code 17:00}. Renders to an item of a time interval's {@code times[]}. {@code 24:00} is allowed as the end of the
 * day.
 */
@Value.Immutable
@ModelStyle
public abstract class TimeOfDayRange {
  /** The CRD's pattern for {@code startTime} and {@code endTime}. */
  private static final Pattern TIME = Pattern.compile("(([01][0-9])|(2[0-3])):[0-5][0-9]|24:00");

  /**
   * A span of the day.
   *
   * @param startTime the start, such as {@code 09:00}
   * @param endTime the end, such as {@code 17:00}; later than the start
   * @return the range
   * @throws InvalidModelException if a time is malformed or the end is not after the start
   */
  public static TimeOfDayRange of(String startTime, String endTime) {
    return builder().startTime(startTime).endTime(endTime).build();
  }

  /**
   * Copies a fabric8 time range.
   * Reads only the fields this type models and does not look for others; {@code AlertRouting.from} checks a whole
   * AlertmanagerConfig and refuses what would be dropped.
   *
   * @param range the fabric8 range; not kept
   * @return the range
   * @throws InvalidModelException if a time is missing or malformed
   */
  public static TimeOfDayRange from(TimeRange range) {
    Builder builder = builder();
    Optional.ofNullable(range.getStartTime()).ifPresent(builder::startTime);
    Optional.ofNullable(range.getEndTime()).ifPresent(builder::endTime);
    return builder.build();
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
   * The end, exclusive. Renders to {@code endTime}.
   *
   * @return the time, such as {@code 17:00}
   */
  public abstract String endTime();

  /**
   * The start, inclusive. Renders to {@code startTime}.
   *
   * @return the time, such as {@code 09:00}
   */
  public abstract String startTime();

  /**
   * Validates both times and their order, as the operator does.
   *
   * @throws InvalidModelException naming the attribute and the value
   */
  @Value.Check
  protected void check() {
    for (String[] time : new String[][] {{"startTime", startTime()}, {"endTime", endTime()}}) {
      if (!TIME.matcher(time[1]).matches()) {
        throw new InvalidModelException("`" + time[0] + "`: `" + time[1] + "` is not a time of day such as `09:00`.");
      }
    }
    if (minutes(startTime()) >= minutes(endTime())) {
      throw new InvalidModelException("`endTime`: `" + endTime() + "` is not after `startTime` `" + startTime() + "`.");
    }
  }

  /**
   * Tells whether a moment falls in this span, as Alertmanager judges it: the start minute is included, the end
   * minute is not.
   *
   * @param time the moment, read in its own time zone
   * @return {@code true} when {@code startTime <= time < endTime}
   */
  public boolean contains(ZonedDateTime time) {
    int minute = time.getHour() * 60 + time.getMinute();
    return minute >= minutes(startTime()) && minute < minutes(endTime());
  }

  /**
   * The range as the fabric8 model writes it.
   *
   * @return a fresh fabric8 time range
   */
  public TimeRange toTimeRange() {
    return new TimeRange(endTime(), startTime());
  }

  private static int minutes(String time) {
    return Integer.parseInt(time.substring(0, 2)) * 60 + Integer.parseInt(time.substring(3));
  }

  /** Builds a {@link TimeOfDayRange}. */
  public static final class Builder extends ImmutableTimeOfDayRange.Builder {}
}

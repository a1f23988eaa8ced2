package io.monitoringascode.alerting.route;

import io.fabric8.openshift.api.model.monitoring.v1alpha1.MuteTimeInterval;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.TimeInterval;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named set of time windows that routes refer to in {@code muteTimeIntervals} (muted during the windows) or
 * {@code activeTimeIntervals} (muted outside them). Renders to an item of {@code spec.muteTimeIntervals[]}, the
 * v1alpha1 CRD's name for what Alertmanager calls {@code time_intervals}.
 */
@Value.Immutable
@ModelStyle
public abstract class MuteInterval {
  /**
   * Starts a named interval.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Copies a fabric8 mute time interval.
   * Reads only the fields this type models and does not look for others; {@code AlertRouting.from} checks a whole
   * AlertmanagerConfig and refuses what would be dropped.
   *
   * @param interval the fabric8 interval; not kept
   * @return the interval
   * @throws InvalidModelException if the name is missing or a window is malformed
   */
  public static MuteInterval from(MuteTimeInterval interval) {
    Builder builder = builder();
    Optional.ofNullable(interval.getName()).ifPresent(builder::name);
    if (interval.getTimeIntervals() != null) {
      for (TimeInterval window : interval.getTimeIntervals()) {
        builder.addTimeInterval(TimeWindow.from(window));
      }
    }
    return builder.build();
  }

  /**
   * The name that routes refer to. Renders to {@code name}.
   *
   * @return the name, such as {@code out-of-office-hours}
   */
  public abstract String name();

  /**
   * The windows; the interval covers their union. Renders to {@code timeIntervals}. Default: empty, which covers no
   * time at all.
   *
   * @return the windows
   */
  public abstract List<TimeWindow> timeIntervals();

  /**
   * Requires a name.
   *
   * @throws InvalidModelException if the name is empty
   */
  @Value.Check
  protected void check() {
    if (name().isEmpty()) {
      throw new InvalidModelException("`name`: a mute time interval needs a name.");
    }
  }

  /**
   * Tells whether a moment falls in any of this interval's windows.
   *
   * @param time the moment, read in its own time zone (Alertmanager reads an AlertmanagerConfig's intervals in UTC)
   * @return {@code true} when a window covers the moment; an interval without windows covers no time
   */
  public boolean contains(ZonedDateTime time) {
    return timeIntervals().stream().anyMatch(window -> window.contains(time));
  }

  /**
   * The interval as the fabric8 model writes it.
   *
   * @return a fresh fabric8 mute time interval
   */
  public MuteTimeInterval toMuteTimeInterval() {
    List<TimeInterval> windows = new ArrayList<>();
    timeIntervals().forEach(window -> windows.add(window.toTimeInterval()));
    return new MuteTimeInterval(name(), windows.isEmpty() ? null : windows);
  }

  /** Builds a {@link MuteInterval}. */
  public static final class Builder extends ImmutableMuteInterval.Builder {}
}

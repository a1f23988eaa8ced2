package io.monitoringascode.loki.shipping;

import java.util.List;
import java.util.Optional;

/**
 * Promtail's {@code timestamp} stage, Alloy's {@code stage.timestamp}: sets the line's time from an extracted field.
 * Without it, the line carries the time it was read.
 *
 * @param source renders to {@code source}: the extracted field holding the time
 * @param format renders to {@code format}: a Go reference layout or a named one ({@code RFC3339}, {@code Unix},
 *     {@code UnixMs}…)
 * @param fallbackFormats renders to {@code fallback_formats}
 * @param location renders to {@code location}: an IANA time zone for times without one
 * @param actionOnFailure renders to {@code action_on_failure}: {@code fudge} (Promtail's default) or {@code skip}
 */
public record TimestampStage(String source, String format, List<String> fallbackFormats, Optional<String> location,
    Optional<String> actionOnFailure) implements Stage {
  /** Requires a source and a format. */
  public TimestampStage {
    source = Stages.nonEmpty(source, "timestamp: source");
    format = Stages.nonEmpty(format, "timestamp: format");
    fallbackFormats = List.copyOf(fallbackFormats);
    location = Stages.nonNull(location, "timestamp: location");
    actionOnFailure = Stages.nonNull(actionOnFailure, "timestamp: action_on_failure");
    if (actionOnFailure.isPresent() && !List.of("fudge", "skip").contains(actionOnFailure.get())) {
      throw Stages.invalid("timestamp: action_on_failure `" + actionOnFailure.get() + "` is neither `fudge` nor `skip`.");
    }
  }

  /**
   * This stage with a time zone for times written without one.
   *
   * @param zone an IANA zone such as {@code Europe/Paris}
   * @return a copy
   */
  public TimestampStage withLocation(String zone) {
    return new TimestampStage(source, format, fallbackFormats, Optional.of(zone), actionOnFailure);
  }

  /**
   * This stage with formats to try when {@link #format()} fails.
   *
   * @param formats the formats, in order
   * @return a copy
   */
  public TimestampStage withFallbackFormats(String... formats) {
    return new TimestampStage(source, format, List.of(formats), location, actionOnFailure);
  }

  /**
   * This stage with an action for times that cannot be read.
   *
   * @param action {@code fudge} or {@code skip}
   * @return a copy
   */
  public TimestampStage withActionOnFailure(String action) {
    return new TimestampStage(source, format, fallbackFormats, location, Optional.of(action));
  }

  @Override
  public String key() {
    return "timestamp";
  }
}

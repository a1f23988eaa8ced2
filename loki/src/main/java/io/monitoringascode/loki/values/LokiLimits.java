package io.monitoringascode.loki.values;

import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.value.PromDuration;
import io.monitoringascode.core.values.TreeWriter;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * Loki's per-tenant limits. Renders to {@code loki.limits_config}, snake_case as Loki reads it. Helm merges this with
 * the chart's own limits, so unset keys keep the chart's defaults (such as {@code reject_old_samples: true}).
 * Retention also needs the compactor's {@code retention_enabled}, which this type does not set.
 */
@Value.Immutable
@ModelStyle
public abstract class LokiLimits {
  /**
   * Starts limits.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * How long logs are kept, such as {@code 744h}; {@code 0s} keeps them forever. Renders to
   * {@code retention_period}; unset keeps Loki's default of forever.
   *
   * @return the duration
   */
  public abstract Optional<String> retentionPeriod();

  /**
   * The ingestion rate per tenant in MB/s. Renders to {@code ingestion_rate_mb}; unset keeps Loki's default (4).
   *
   * @return the rate
   */
  public abstract Optional<Integer> ingestionRateMb();

  /**
   * The ingestion burst per tenant in MB. Renders to {@code ingestion_burst_size_mb}; unset keeps Loki's default (6).
   *
   * @return the burst size
   */
  public abstract Optional<Integer> ingestionBurstSizeMb();

  /**
   * The active streams per tenant across the cluster. Renders to {@code max_global_streams_per_user}; unset keeps
   * Loki's default (5000).
   *
   * @return the limit
   */
  public abstract Optional<Integer> maxGlobalStreamsPerUser();

  /**
   * Rejects samples older than {@link #rejectOldSamplesMaxAge()}. Renders to {@code reject_old_samples}; the chart's
   * default is {@code true}.
   *
   * @return the switch
   */
  public abstract Optional<Boolean> rejectOldSamples();

  /**
   * The oldest sample accepted, such as {@code 168h}. Renders to {@code reject_old_samples_max_age}; the chart's
   * default is {@code 168h}.
   *
   * @return the duration
   */
  public abstract Optional<String> rejectOldSamplesMaxAge();

  /**
   * How far back a query may look. Renders to {@code max_query_lookback}; unset means no limit.
   *
   * @return the duration
   */
  public abstract Optional<String> maxQueryLookback();

  /**
   * The timeout of one query. Renders to {@code query_timeout}; the chart's default is {@code 300s}.
   *
   * @return the duration
   */
  public abstract Optional<String> queryTimeout();

  /**
   * The interval queries are split by. Renders to {@code split_queries_by_interval}; the chart's default is
   * {@code 15m}.
   *
   * @return the duration
   */
  public abstract Optional<String> splitQueriesByInterval();

  /**
   * The volume endpoints Grafana's Logs Drilldown uses. Renders to {@code volume_enabled}; the chart's default is
   * {@code true}.
   *
   * @return the switch
   */
  public abstract Optional<Boolean> volumeEnabled();

  /** Validates every duration's syntax and rejects negative numbers. */
  @Value.Check
  protected void check() {
    durations().forEach((key, value) -> PromDuration.parse(key, value));
    Map<String, Optional<Integer>> numbers = Map.of("ingestion_rate_mb", ingestionRateMb(),
        "ingestion_burst_size_mb", ingestionBurstSizeMb(), "max_global_streams_per_user", maxGlobalStreamsPerUser());
    new TreeMap<>(numbers).forEach((key, value) -> {
      if (value.filter(number -> number < 0).isPresent()) {
        throw new InvalidModelException("`" + key + "`: `" + value.get() + "` is negative.");
      }
    });
  }

  private Map<String, String> durations() {
    Map<String, String> durations = new TreeMap<>();
    retentionPeriod().ifPresent(value -> durations.put("retention_period", value));
    rejectOldSamplesMaxAge().ifPresent(value -> durations.put("reject_old_samples_max_age", value));
    maxQueryLookback().ifPresent(value -> durations.put("max_query_lookback", value));
    queryTimeout().ifPresent(value -> durations.put("query_timeout", value));
    splitQueriesByInterval().ifPresent(value -> durations.put("split_queries_by_interval", value));
    return durations;
  }

  TreeWriter toTree() {
    return new TreeWriter()
        .put("retention_period", retentionPeriod())
        .put("ingestion_rate_mb", ingestionRateMb())
        .put("ingestion_burst_size_mb", ingestionBurstSizeMb())
        .put("max_global_streams_per_user", maxGlobalStreamsPerUser())
        .put("reject_old_samples", rejectOldSamples())
        .put("reject_old_samples_max_age", rejectOldSamplesMaxAge())
        .put("max_query_lookback", maxQueryLookback())
        .put("query_timeout", queryTimeout())
        .put("split_queries_by_interval", splitQueriesByInterval())
        .put("volume_enabled", volumeEnabled());
  }

  /** Builds a {@link LokiLimits}. */
  public static final class Builder extends ImmutableLokiLimits.Builder {}
}

package io.monitoringascode.prometheus.check;

import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.value.PromDuration;

/**
 * The finding for a malformed duration, worded the same by {@code rule/duration} and {@code monitor/duration}, and,
 * through {@link PromDuration#diagnose(String)}, the same as the builders' exceptions.
 */
final class Durations {
  private Durations() {}

  /**
   * Reports a value that is not a Prometheus duration.
   *
   * @param sink where the finding goes
   * @param pointer the value's pointer
   * @param key the YAML key, such as {@code for}
   * @param value the value as written
   * @param consequence what follows, such as "so the API server rejects this PrometheusRule"
   */
  static void report(FindingSink sink, String pointer, String key, String value, String consequence) {
    if (value.isEmpty()) {
      sink.at(pointer).error("`" + key + "` is empty, which is not a Prometheus duration, " + consequence + ".")
          .hint("Remove `" + key + "`, or write a duration such as `5m`.");
      return;
    }
    sink.at(pointer).error(PromDuration.diagnose(value) + ", " + consequence + ".")
        .hint(PromDuration.fixHint(value));
  }
}

package io.monitoringascode.grafana.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.grafana.internal.ObjectReading;
import io.monitoringascode.grafana.internal.ObjectWriting;
import io.monitoringascode.grafana.internal.Unmodelled;

/**
 * The time range a dashboard opens with. Renders to {@code time}.
 *
 * @param from the start, such as {@code now-1h}
 * @param to the end, such as {@code now}
 */
public record TimeRange(String from, String to) {
  /**
   * The last period up to now.
   *
   * @param period such as {@code 1h} or {@code 6h}
   * @return {@code now-<period>} to {@code now}
   */
  public static TimeRange last(String period) {
    return new TimeRange("now-" + period, "now");
  }

  static TimeRange fromJson(JsonNode json) {
    ObjectReading reading = ObjectReading.of(json);
    TimeRange range = new TimeRange(reading.text("from").orElseThrow(() -> new Unmodelled("from")),
        reading.text("to").orElseThrow(() -> new Unmodelled("to")));
    if (!reading.rest().isEmpty()) {
      throw new Unmodelled("time");
    }
    return range;
  }

  JsonNode toJson() {
    return ObjectWriting.object().put("from", from).put("to", to).done();
  }
}

package io.monitoringascode.grafana.panel;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.grafana.datasource.DataSourceRef;
import io.monitoringascode.grafana.internal.ObjectReading;
import io.monitoringascode.grafana.internal.ObjectWriting;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One query of a panel. Renders to an element of {@code targets}. A Prometheus target sets {@link #expr()} (PromQL),
 * {@link #legendFormat()}, {@link #instant()}/{@link #range()} and {@link #interval()}; a Loki target sets
 * {@link #expr()} (LogQL), {@link #queryType()} and {@link #maxLines()}. Which language applies follows the data
 * source, the target's own or else the panel's.
 *
 * <pre>{@code
 * Target.prometheus("sum by (method) (rate(http_requests_total[$__rate_interval]))").withLegendFormat("{{method}}");
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class Target {
  /**
   * A PromQL range query.
   *
   * @param expr the PromQL expression, with Grafana variables
   * @return the target
   */
  public static Target prometheus(String expr) {
    return builder().expr(expr).build();
  }

  /**
   * A LogQL range query.
   *
   * @param expr the LogQL expression, with Grafana variables
   * @return the target, with {@code queryType: range}
   */
  public static Target loki(String expr) {
    return builder().expr(expr).queryType("range").build();
  }

  /**
   * Starts a target.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a target as Grafana writes it, keeping unknown members.
   *
   * @param json the target object
   * @return the target
   */
  public static Target fromJson(JsonNode json) {
    ObjectReading reading = ObjectReading.of(json);
    return builder()
        .datasource(reading.read("datasource", DataSourceRef::fromJson))
        .expr(reading.text("expr"))
        .instant(reading.bool("instant"))
        .interval(reading.text("interval"))
        .legendFormat(reading.text("legendFormat"))
        .maxLines(reading.integer("maxLines"))
        .queryType(reading.text("queryType"))
        .range(reading.bool("range"))
        .refId(reading.text("refId"))
        .extra(reading.rest())
        .build();
  }

  /**
   * The target's own data source, when it differs from the panel's. Renders to {@code datasource}.
   *
   * @return the reference
   */
  public abstract Optional<DataSourceRef> datasource();

  /**
   * The query. Renders to {@code expr}.
   *
   * @return PromQL or LogQL with Grafana variables
   */
  public abstract Optional<String> expr();

  /**
   * Whether Prometheus evaluates it at one instant. Renders to {@code instant}.
   *
   * @return the flag
   */
  public abstract Optional<Boolean> instant();

  /**
   * The minimum step. Renders to {@code interval}.
   *
   * @return such as {@code 1m}
   */
  public abstract Optional<String> interval();

  /**
   * The series name template. Renders to {@code legendFormat}.
   *
   * @return such as {@code {{method}}}
   */
  public abstract Optional<String> legendFormat();

  /**
   * The most log lines a Loki query returns. Renders to {@code maxLines}.
   *
   * @return the limit
   */
  public abstract Optional<Integer> maxLines();

  /**
   * Loki's query type. Renders to {@code queryType}.
   *
   * @return {@code range} or {@code instant}
   */
  public abstract Optional<String> queryType();

  /**
   * Whether Prometheus evaluates it over the time range. Renders to {@code range}.
   *
   * @return the flag
   */
  public abstract Optional<Boolean> range();

  /**
   * The query's letter. Renders to {@code refId}; a dashboard assigns {@code A}, {@code B}… in order when absent.
   *
   * @return the id
   */
  public abstract Optional<String> refId();

  /**
   * Members the model does not know, kept by an import; the validated escape hatch.
   *
   * @return key to value
   */
  public abstract Map<String, JsonNode> extra();

  /**
   * The JSON form.
   *
   * @return the target object
   */
  public JsonNode toJson() {
    return ObjectWriting.object()
        .put("datasource", datasource().map(DataSourceRef::toJson))
        .put("expr", expr())
        .put("instant", instant())
        .put("interval", interval())
        .put("legendFormat", legendFormat())
        .put("maxLines", maxLines())
        .put("queryType", queryType())
        .put("range", range())
        .put("refId", refId())
        .with("Target", extra());
  }

  /**
   * This target with a query letter.
   *
   * @param value such as {@code A}
   * @return a copy
   */
  public abstract Target withRefId(String value);

  /**
   * This target with a series name template.
   *
   * @param value such as {@code {{method}}}
   * @return a copy
   */
  public abstract Target withLegendFormat(String value);

  @Value.Check
  void check() {
    toJson();
  }

  /** Builds a {@link Target}. */
  public static final class Builder extends ImmutableTarget.Builder {}
}

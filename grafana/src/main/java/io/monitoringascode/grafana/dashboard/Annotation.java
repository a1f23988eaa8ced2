package io.monitoringascode.grafana.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.grafana.datasource.DataSourceRef;
import io.monitoringascode.grafana.internal.ObjectReading;
import io.monitoringascode.grafana.internal.ObjectWriting;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An annotation query: events drawn over the time series, such as deployments. Renders to an element of
 * {@code annotations.list}.
 */
@Value.Immutable
@ModelStyle
public abstract class Annotation {
  /**
   * An annotation from a PromQL or LogQL query.
   *
   * @param name the name shown in the toggle
   * @param datasource the data source queried
   * @param expr the query
   * @return the annotation, enabled
   */
  public static Annotation query(String name, DataSourceRef datasource, String expr) {
    return builder().name(name).datasource(datasource).expr(expr).enable(true).iconColor("rgba(0, 211, 255, 1)")
        .build();
  }

  /**
   * Starts an annotation.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  static Annotation fromJson(JsonNode json) {
    ObjectReading reading = ObjectReading.of(json);
    return builder()
        .builtIn(reading.integer("builtIn"))
        .datasource(reading.read("datasource", DataSourceRef::fromJson))
        .enable(reading.bool("enable"))
        .expr(reading.text("expr"))
        .hide(reading.bool("hide"))
        .iconColor(reading.text("iconColor"))
        .name(reading.text("name"))
        .extra(reading.rest())
        .build();
  }

  /**
   * 1 for Grafana's own "Annotations &amp; Alerts". Renders to {@code builtIn}.
   *
   * @return the marker
   */
  public abstract Optional<Integer> builtIn();

  /**
   * The data source queried. Renders to {@code datasource}.
   *
   * @return the reference
   */
  public abstract Optional<DataSourceRef> datasource();

  /**
   * Whether it is shown. Renders to {@code enable}.
   *
   * @return the flag
   */
  public abstract Optional<Boolean> enable();

  /**
   * The query. Renders to {@code expr}.
   *
   * @return PromQL or LogQL with Grafana variables
   */
  public abstract Optional<String> expr();

  /**
   * Whether its toggle is hidden. Renders to {@code hide}.
   *
   * @return the flag
   */
  public abstract Optional<Boolean> hide();

  /**
   * The color of its marks. Renders to {@code iconColor}.
   *
   * @return the color
   */
  public abstract Optional<String> iconColor();

  /**
   * The name. Renders to {@code name}.
   *
   * @return the name
   */
  public abstract Optional<String> name();

  /**
   * Members the model does not know, such as {@code target} or {@code step}; the validated escape hatch.
   *
   * @return key to value
   */
  public abstract Map<String, JsonNode> extra();

  JsonNode toJson() {
    return ObjectWriting.object()
        .put("builtIn", builtIn())
        .put("datasource", datasource().map(DataSourceRef::toJson))
        .put("enable", enable())
        .put("expr", expr())
        .put("hide", hide())
        .put("iconColor", iconColor())
        .put("name", name())
        .with("Annotation", extra());
  }

  @Value.Check
  void check() {
    toJson();
  }

  /** Builds an {@link Annotation}. */
  public static final class Builder extends ImmutableAnnotation.Builder {}
}

package io.monitoringascode.grafana.datasource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.grafana.internal.ObjectReading;
import io.monitoringascode.grafana.internal.ObjectWriting;
import io.monitoringascode.grafana.internal.Unmodelled;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A panel's, target's, variable's or annotation's reference to a data source: renders to
 * {@code {"type": "prometheus", "uid": "prometheus"}}, or, for dashboards older than schema version 33, to the bare
 * name string ({@code "$datasource"}, {@code "-- Mixed --"}), which {@link #legacyName()} keeps.
 */
@Value.Immutable
@ModelStyle
public abstract class DataSourceRef {
  /** Grafana's pseudo data source that lets each target name its own. */
  public static final String MIXED = "-- Mixed --";
  /** Grafana's pseudo data source that reuses another panel's query results. */
  public static final String DASHBOARD = "-- Dashboard --";

  /**
   * A reference by plugin type and uid.
   *
   * @param type the plugin type, such as {@code prometheus}
   * @param uid the data source's uid, or a variable such as {@code ${datasource}}
   * @return the reference
   */
  public static DataSourceRef of(String type, String uid) {
    return builder().type(type).uid(uid).build();
  }

  /**
   * A reference through a data-source template variable.
   *
   * @param type the plugin type the variable selects, such as {@code loki}
   * @param variable the variable's name, without {@code $}
   * @return the reference, with uid {@code ${variable}}
   */
  public static DataSourceRef variable(String type, String variable) {
    return of(type, "${" + variable + "}");
  }

  /**
   * Starts a reference.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a reference as Grafana writes it.
   *
   * @param json an object or a legacy name string
   * @return the reference
   * @throws Unmodelled if the JSON has another shape
   */
  public static DataSourceRef fromJson(JsonNode json) {
    if (json.isTextual()) {
      return builder().legacyName(json.textValue()).build();
    }
    ObjectReading reading = ObjectReading.of(json);
    return builder().type(reading.text("type")).uid(reading.text("uid")).extra(reading.rest()).build();
  }

  /**
   * The plugin type. Renders to {@code type}.
   *
   * @return such as {@code prometheus}, {@code loki}, {@code datasource} (the built-in annotations), {@code __expr__}
   */
  public abstract Optional<String> type();

  /**
   * The data source's uid, or a variable. Renders to {@code uid}.
   *
   * @return such as {@code prometheus} or {@code ${datasource}}
   */
  public abstract Optional<String> uid();

  /**
   * The legacy form: a data source's name (or a variable, or a pseudo data source) instead of an object.
   *
   * @return the name, rendered as a bare string
   */
  public abstract Optional<String> legacyName();

  /**
   * Members the model does not know, kept by an import; the validated escape hatch.
   *
   * @return key to value
   */
  public abstract Map<String, JsonNode> extra();

  /**
   * The JSON form.
   *
   * @return an object, or a string for {@link #legacyName()}
   */
  public JsonNode toJson() {
    if (legacyName().isPresent()) {
      return TextNode.valueOf(legacyName().get());
    }
    return ObjectWriting.object().put("type", type()).put("uid", uid()).with("DataSourceRef", extra());
  }

  @Value.Check
  void check() {
    if (legacyName().isPresent() && (type().isPresent() || uid().isPresent() || !extra().isEmpty())) {
      throw new InvalidModelException("DataSourceRef: a legacy name excludes type, uid and extra members.");
    }
  }

  /** Builds a {@link DataSourceRef}. */
  public static final class Builder extends ImmutableDataSourceRef.Builder {}
}

package io.monitoringascode.grafana.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.grafana.datasource.DataSourceRef;
import io.monitoringascode.grafana.datasource.DataSourceType;
import io.monitoringascode.grafana.internal.ObjectReading;
import io.monitoringascode.grafana.internal.ObjectWriting;
import io.monitoringascode.grafana.internal.Unmodelled;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A template variable of a dashboard, used in queries, titles and links as {@code $name}, {@code ${name}} or
 * {@code [[name]]}. Renders to an element of {@code templating.list}.
 *
 * <pre>{@code
 * Variable.query("job", prometheus.ref(), "label_values(up, job)");
 * Variable.custom("status", "2.*", "4.*", "5.*");
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class Variable {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_]\\w*");

  /**
   * A variable whose values come from a query.
   *
   * @param name the name
   * @param datasource the data source queried
   * @param query such as {@code label_values(up, job)}
   * @return the variable, refreshed when the dashboard loads
   */
  public static Variable query(String name, DataSourceRef datasource, String query) {
    return builder().type(VariableType.QUERY).name(name).datasource(datasource).query(query).refresh(1).build();
  }

  /**
   * A variable whose values are listed.
   *
   * @param name the name
   * @param values the values, the first one selected
   * @return the variable
   */
  public static Variable custom(String name, String... values) {
    return builder().type(VariableType.CUSTOM).name(name).query(String.join(",", values)).build();
  }

  /**
   * A hidden constant.
   *
   * @param name the name
   * @param value the value
   * @return the variable
   */
  public static Variable constant(String name, String value) {
    return builder().type(VariableType.CONSTANT).name(name).query(value).hide(2).build();
  }

  /**
   * A choice of data source.
   *
   * @param name the name, such as {@code datasource}
   * @param type the plugin type offered
   * @return the variable
   */
  public static Variable datasource(String name, DataSourceType type) {
    return builder().type(VariableType.DATASOURCE).name(name).query(type.pluginId()).build();
  }

  /**
   * A choice of time span.
   *
   * @param name the name
   * @param spans such as {@code 1m}, {@code 5m}
   * @return the variable
   */
  public static Variable interval(String name, String... spans) {
    return builder().type(VariableType.INTERVAL).name(name).query(String.join(",", spans)).build();
  }

  /**
   * Free text.
   *
   * @param name the name
   * @param initial the initial text
   * @return the variable
   */
  public static Variable textbox(String name, String initial) {
    return builder().type(VariableType.TEXTBOX).name(name).query(initial).build();
  }

  /**
   * Ad hoc filters for one data source.
   *
   * @param name the name
   * @param datasource the data source filtered
   * @return the variable
   */
  public static Variable adhoc(String name, DataSourceRef datasource) {
    return builder().type(VariableType.ADHOC).name(name).datasource(datasource).build();
  }

  /**
   * Starts a variable.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  static Variable fromJson(JsonNode json) {
    ObjectReading reading = ObjectReading.of(json);
    if (!json.path("name").isTextual() || !NAME.matcher(json.get("name").textValue()).matches()
        || !json.path("type").isTextual()) {
      // Not a variable this model can hold: the dashboard keeps its whole `templating` as it is.
      throw new Unmodelled("variable");
    }
    return builder()
        .datasource(reading.read("datasource", DataSourceRef::fromJson))
        .description(reading.text("description"))
        .hide(reading.integer("hide"))
        .includeAll(reading.bool("includeAll"))
        .label(reading.text("label"))
        .multi(reading.bool("multi"))
        .name(reading.text("name").orElse(""))
        .query(reading.text("query"))
        .refresh(reading.integer("refresh"))
        .regex(reading.text("regex"))
        .type(reading.text("type").orElse(""))
        .extra(reading.rest())
        .build();
  }

  /**
   * The data source a query or ad hoc variable uses. Renders to {@code datasource}.
   *
   * @return the reference
   */
  public abstract Optional<DataSourceRef> datasource();

  /**
   * The description. Renders to {@code description}.
   *
   * @return the text
   */
  public abstract Optional<String> description();

  /**
   * Whether it is hidden: 0 shown, 1 label hidden, 2 hidden. Renders to {@code hide}.
   *
   * @return the value
   */
  public abstract Optional<Integer> hide();

  /**
   * Whether an "All" option is offered. Renders to {@code includeAll}.
   *
   * @return the flag
   */
  public abstract Optional<Boolean> includeAll();

  /**
   * The label shown instead of the name. Renders to {@code label}.
   *
   * @return the label
   */
  public abstract Optional<String> label();

  /**
   * Whether several values can be selected. Renders to {@code multi}.
   *
   * @return the flag
   */
  public abstract Optional<Boolean> multi();

  /**
   * The name queries use. Renders to {@code name}.
   *
   * @return a letter or underscore, then letters, digits, underscores
   */
  public abstract String name();

  /**
   * The query, value list, constant, plugin type or initial text, by type. Renders to {@code query} when it is a
   * string (a query object, as Loki's variable editor writes it, stays in {@link #extra()}).
   *
   * @return the query
   */
  public abstract Optional<String> query();

  /**
   * When a query variable refreshes: 1 on load, 2 on time range change. Renders to {@code refresh}.
   *
   * @return the value
   */
  public abstract Optional<Integer> refresh();

  /**
   * A regex filtering (and capturing) the values. Renders to {@code regex}.
   *
   * @return the regex
   */
  public abstract Optional<String> regex();

  /**
   * The kind of variable. Renders to {@code type}; see {@link VariableType} for the known ones.
   *
   * @return such as {@code query}
   */
  public abstract String type();

  /**
   * Members the model does not know, such as {@code current} or {@code options}; the validated escape hatch.
   *
   * @return key to value
   */
  public abstract Map<String, JsonNode> extra();

  /**
   * The type as a known kind.
   *
   * @return the kind, if Grafana ships it
   */
  public Optional<VariableType> kind() {
    return VariableType.ofJsonName(type());
  }

  JsonNode toJson() {
    return ObjectWriting.object()
        .put("datasource", datasource().map(DataSourceRef::toJson))
        .put("description", description())
        .put("hide", hide())
        .put("includeAll", includeAll())
        .put("label", label())
        .put("multi", multi())
        .put("name", name())
        .put("query", query())
        .put("refresh", refresh())
        .put("regex", regex())
        .put("type", type())
        .with("Variable", extra());
  }

  @Value.Check
  void check() {
    if (!NAME.matcher(name()).matches()) {
      throw new InvalidModelException("Variable `" + name()
          + "`: a name starts with a letter or `_` and has only letters, digits and `_`.");
    }
    toJson();
  }

  /** Builds a {@link Variable}. */
  public static final class Builder extends ImmutableVariable.Builder {
    /**
     * Sets a known type.
     *
     * @param type the kind
     * @return this
     */
    public Builder type(VariableType type) {
      return (Builder) type(type.jsonName());
    }
  }
}

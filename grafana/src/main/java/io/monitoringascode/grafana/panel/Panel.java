package io.monitoringascode.grafana.panel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monitoringascode.core.render.Canonical;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.grafana.datasource.DataSourceRef;
import io.monitoringascode.grafana.internal.ObjectReading;
import io.monitoringascode.grafana.internal.ObjectWriting;
import io.monitoringascode.grafana.internal.Unmodelled;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One panel of a dashboard, or a row. Renders to an element of {@code panels}. The factories start the panel types
 * Grafana ships ({@link #timeseries}, {@link #stat}, {@link #gauge}, {@link #barGauge}, {@link #table}, {@link #logs},
 * {@link #text}, {@link #heatmap}, {@link #pieChart}) and {@link #row}; a row that is {@linkplain #collapsed()
 * collapsed} holds its panels in {@link #panels()}.
 *
 * <pre>{@code
 * Panel.timeseries("Request rate").datasource(prometheus.ref())
 *     .addTarget(Target.prometheus("sum(rate(http_requests_total[$__rate_interval]))"))
 *     .fieldConfig(FieldConfig.builder().unit("reqps").build()).build();
 * }</pre>
 *
 * <p>Without a {@link #gridPos()}, the dashboard places the panel on its 24-column grid: {@link #width()} columns
 * (12 by default, 6 for stat and gauge, 24 for logs and text) and {@link #height()} rows (8 by default), left to right,
 * then on the next line.
 */
@Value.Immutable
@ModelStyle
public abstract class Panel {
  /** The {@code type} of a row. */
  public static final String ROW = "row";

  /**
   * Starts a time series panel.
   *
   * @param title the title
   * @return a builder
   */
  public static Builder timeseries(String title) {
    return of("timeseries", title);
  }

  /**
   * Starts a stat panel.
   *
   * @param title the title
   * @return a builder
   */
  public static Builder stat(String title) {
    return of("stat", title);
  }

  /**
   * Starts a gauge panel.
   *
   * @param title the title
   * @return a builder
   */
  public static Builder gauge(String title) {
    return of("gauge", title);
  }

  /**
   * Starts a bar gauge panel.
   *
   * @param title the title
   * @return a builder
   */
  public static Builder barGauge(String title) {
    return of("bargauge", title);
  }

  /**
   * Starts a table panel.
   *
   * @param title the title
   * @return a builder
   */
  public static Builder table(String title) {
    return of("table", title);
  }

  /**
   * Starts a logs panel.
   *
   * @param title the title
   * @return a builder
   */
  public static Builder logs(String title) {
    return of("logs", title);
  }

  /**
   * Starts a heatmap panel.
   *
   * @param title the title
   * @return a builder
   */
  public static Builder heatmap(String title) {
    return of("heatmap", title);
  }

  /**
   * Starts a pie chart panel.
   *
   * @param title the title
   * @return a builder
   */
  public static Builder pieChart(String title) {
    return of("piechart", title);
  }

  /**
   * Starts a text panel showing Markdown.
   *
   * @param title the title
   * @param markdown the text; Grafana variables in it are replaced
   * @return a builder
   */
  public static Builder text(String title, String markdown) {
    return of("text", title)
        .putOption("mode", JsonNodeFactory.instance.textNode("markdown"))
        .putOption("content", JsonNodeFactory.instance.textNode(markdown));
  }

  /**
   * Starts a row.
   *
   * @param title the title
   * @return a builder
   */
  public static Builder row(String title) {
    return of(ROW, title);
  }

  /**
   * Starts a panel of any type, such as a plugin's.
   *
   * @param type the panel plugin id
   * @param title the title
   * @return a builder
   */
  public static Builder of(String type, String title) {
    return builder().type(type).title(title);
  }

  /**
   * Starts a panel.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a panel as Grafana writes it, keeping unknown members.
   *
   * @param json the panel object
   * @return the panel
   * @throws Unmodelled if it has no {@code type}; the dashboard then keeps its {@code panels} as they are
   */
  public static Panel fromJson(JsonNode json) {
    ObjectReading reading = ObjectReading.of(json);
    if (!json.path("type").isTextual() || json.get("type").textValue().isBlank()) {
      throw new Unmodelled("type");
    }
    boolean row = json.get("type").textValue().equals(ROW);
    return builder()
        .collapsed(reading.bool("collapsed"))
        .datasource(reading.read("datasource", DataSourceRef::fromJson))
        .description(reading.text("description"))
        .fieldConfig(reading.read("fieldConfig", FieldConfig::fromJson))
        .gridPos(reading.read("gridPos", GridPos::fromJson))
        .id(reading.integer("id"))
        .interval(reading.text("interval"))
        .options(reading.read("options", node -> ObjectReading.of(node).rest()).orElse(Map.of()))
        .panels(row ? reading.list("panels", Panel::fromJson) : List.of())
        .targets(reading.list("targets", Target::fromJson))
        .title(reading.text("title"))
        .type(reading.text("type").orElse(""))
        .extra(reading.rest())
        .build();
  }

  /**
   * Whether a row is collapsed. Renders to {@code collapsed}.
   *
   * @return the flag
   */
  public abstract Optional<Boolean> collapsed();

  /**
   * The panel's data source. Renders to {@code datasource}; without it, Grafana uses the default data source.
   *
   * @return the reference
   */
  public abstract Optional<DataSourceRef> datasource();

  /**
   * The description shown on hover. Renders to {@code description}.
   *
   * @return the text
   */
  public abstract Optional<String> description();

  /**
   * Units, thresholds, mappings, overrides. Renders to {@code fieldConfig}.
   *
   * @return the configuration
   */
  public abstract Optional<FieldConfig> fieldConfig();

  /**
   * The explicit position. Renders to {@code gridPos}; without it, the dashboard lays the panel out.
   *
   * @return the position
   */
  public abstract Optional<GridPos> gridPos();

  /**
   * The explicit id. Renders to {@code id}; without it, the dashboard numbers panels in order after the highest
   * explicit id, so ids stay the same from one run to the next.
   *
   * @return the id
   */
  public abstract Optional<Integer> id();

  /**
   * The panel's minimum query step. Renders to {@code interval}.
   *
   * @return such as {@code 1m}
   */
  public abstract Optional<String> interval();

  /**
   * The panel type's options (legend, tooltip, reduce options, a text panel's content...). Renders to
   * {@code options}, sorted by key; empty by default.
   *
   * @return option to value
   */
  public abstract Map<String, JsonNode> options();

  /**
   * A collapsed row's panels. Renders to {@code panels}; empty by default and for every other type.
   *
   * @return the panels, in order
   */
  public abstract List<Panel> panels();

  /**
   * The queries. Renders to {@code targets}; a dashboard assigns {@code refId}s {@code A}, {@code B}… where absent.
   *
   * @return the targets, in order
   */
  public abstract List<Target> targets();

  /**
   * The title. Renders to {@code title}.
   *
   * @return the title
   */
  public abstract Optional<String> title();

  /**
   * The panel plugin. Renders to {@code type}.
   *
   * @return such as {@code timeseries} or {@code row}
   */
  public abstract String type();

  /**
   * The width for automatic layout, in grid columns; not rendered.
   *
   * @return the width; 24 for rows, logs and text, 6 for stat and gauge, 12 otherwise, by default
   */
  @Value.Default
  public int width() {
    switch (type()) {
      case ROW: case "logs": case "text":
        return GridPos.COLUMNS;
      case "stat": case "gauge":
        return 6;
      default:
        return 12;
    }
  }

  /**
   * The height for automatic layout, in grid rows; not rendered.
   *
   * @return the height; 1 for rows, 8 otherwise, by default
   */
  @Value.Default
  public int height() {
    return type().equals(ROW) ? 1 : 8;
  }

  /**
   * Members the model does not know, kept by an import, such as {@code links} or {@code transformations}; the
   * validated escape hatch.
   *
   * @return key to value
   */
  public abstract Map<String, JsonNode> extra();

  /**
   * The JSON form, as given: no layout, no ids or refIds added.
   *
   * @return the panel object
   */
  public ObjectNode toJson() {
    return ObjectWriting.object()
        .put("collapsed", collapsed())
        .put("datasource", datasource().map(DataSourceRef::toJson))
        .put("description", description())
        .put("fieldConfig", fieldConfig().map(FieldConfig::toJson))
        .put("gridPos", gridPos().map(GridPos::toJson))
        .put("id", id())
        .put("interval", interval())
        .map("options", options())
        .list("panels", panels(), Panel::toJson)
        .list("targets", targets(), Target::toJson)
        .put("title", title())
        .put("type", type())
        .with("Panel", extra());
  }

  /**
   * This panel at a position.
   *
   * @param value the position
   * @return a copy
   */
  public abstract Panel withGridPos(GridPos value);

  /**
   * This panel with an id.
   *
   * @param value the id
   * @return a copy
   */
  public abstract Panel withId(int value);

  /**
   * This row with other panels.
   *
   * @param elements the panels
   * @return a copy
   */
  public abstract Panel withPanels(Iterable<? extends Panel> elements);

  /**
   * This panel with other targets.
   *
   * @param elements the targets
   * @return a copy
   */
  public abstract Panel withTargets(Iterable<? extends Target> elements);

  @Value.Check
  void check() {
    if (type().isBlank()) {
      throw new InvalidModelException("Panel: `type` must not be blank.");
    }
    if (!panels().isEmpty() && !type().equals(ROW)) {
      throw new InvalidModelException("Panel `" + title().orElse("") + "`: only a row holds panels.");
    }
    if (width() < 1 || width() > GridPos.COLUMNS || height() < 1) {
      throw new InvalidModelException("Panel `" + title().orElse("") + "`: width must be 1 to 24 columns and"
          + " height at least 1 row.");
    }
    toJson();
  }

  /** Builds a {@link Panel}. */
  public static final class Builder extends ImmutablePanel.Builder {
    /**
     * Sets one option from plain Java values: strings, numbers, booleans, lists and maps.
     *
     * @param key the option, such as {@code legend}
     * @param value its value, such as {@code Map.of("displayMode", "table", "placement", "bottom")}
     * @return this
     */
    public Builder option(String key, Object value) {
      return (Builder) putOption(key, Canonical.toTree(value));
    }

    /**
     * Sets the legend.
     *
     * @param legend the legend
     * @return this
     */
    public Builder legend(Legend legend) {
      return option("legend", legend.toOption());
    }

    /**
     * Sets the tooltip.
     *
     * @param tooltip the tooltip
     * @return this
     */
    public Builder tooltip(Tooltip tooltip) {
      return option("tooltip", tooltip.toOption());
    }

    /**
     * Sets how series reduce to one value.
     *
     * @param reduceOptions the reduction
     * @return this
     */
    public Builder reduceOptions(ReduceOptions reduceOptions) {
      return option("reduceOptions", reduceOptions.toOption());
    }
  }
}

package io.monitoringascode.grafana.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monitoringascode.core.render.Canonical;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.grafana.internal.ObjectReading;
import io.monitoringascode.grafana.internal.ObjectWriting;
import io.monitoringascode.grafana.internal.Unmodelled;
import io.monitoringascode.grafana.panel.Panel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A Grafana dashboard: the JSON model Grafana stores, as an immutable value.
 *
 * <pre>{@code
 * Dashboard.builder().uid("demo-app").title("Demo app").addTag("demo").time(TimeRange.last("1h")).refresh("30s")
 *     .addPanel(Panel.timeseries("Request rate").datasource(prometheus.ref())
 *         .addTarget(Target.prometheus("sum(rate(http_requests_total[$__rate_interval]))")).build())
 *     .build()
 *     .render();
 * }</pre>
 *
 * <p><b>Import.</b> {@link #fromJson(JsonNode)} reads any dashboard JSON. Each member is read into its attribute
 * when it has the shape the model describes; every other member, unknown or of another shape, is kept in the
 * {@code extra} map of the object it belongs to, and renders back unchanged. The import keeps the panels' ids and
 * positions ({@link Layout#AS_GIVEN}), so {@link #toJson()} gives back the input up to key order, numbers compared
 * by value ({@code 1.0} is {@code 1}), and members that are null, empty lists or empty objects, which the model
 * does not write; a missing {@code schemaVersion} becomes {@value #SCHEMA_VERSION}.
 */
@Value.Immutable
@ModelStyle
public abstract class Dashboard {
  /** The schema version of Grafana 12's dashboard JSON model, written unless another is given. */
  public static final int SCHEMA_VERSION = 42;
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Starts a dashboard.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads dashboard JSON, keeping every member the model does not know.
   *
   * @param json the dashboard text
   * @return the dashboard, laid out as given
   * @throws IllegalArgumentException if the text is not a JSON object
   */
  public static Dashboard parse(String json) {
    try {
      return fromJson(JSON.readTree(json));
    } catch (IOException e) {
      throw new IllegalArgumentException("Dashboard JSON cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a dashboard tree, keeping every member the model does not know.
   *
   * @param json the dashboard object
   * @return the dashboard, laid out as given
   * @throws IllegalArgumentException if the tree is not an object
   * @throws InvalidModelException if it holds a value {@code build()} rejects, such as a variable named {@code 1x}
   */
  public static Dashboard fromJson(JsonNode json) {
    if (!json.isObject()) {
      throw new IllegalArgumentException("A dashboard is a JSON object.");
    }
    ObjectReading reading = ObjectReading.of(json);
    return builder()
        .annotations(reading.read("annotations", listIn("list", Annotation::fromJson)).orElse(List.of()))
        .description(reading.text("description"))
        .editable(reading.bool("editable"))
        .graphTooltip(reading.integer("graphTooltip"))
        .links(reading.list("links", DashboardLink::fromJson))
        .panels(reading.list("panels", Panel::fromJson))
        .refresh(reading.text("refresh"))
        .schemaVersion(reading.integer("schemaVersion").orElse(SCHEMA_VERSION))
        .tags(reading.texts("tags"))
        .time(reading.read("time", TimeRange::fromJson))
        .timezone(reading.text("timezone"))
        .title(reading.text("title").orElse(""))
        .uid(reading.text("uid"))
        .variables(reading.read("templating", listIn("list", Variable::fromJson)).orElse(List.of()))
        .extra(reading.rest())
        .layout(Layout.AS_GIVEN)
        .build();
  }

  /** Reads {@code {"list": [...]}} and nothing else. */
  private static <T> Function<JsonNode, List<T>> listIn(String key, Function<JsonNode, T> reader) {
    return node -> {
      ObjectReading inner = ObjectReading.of(node);
      List<T> values = inner.list(key, reader);
      if (!inner.rest().isEmpty()) {
        throw new Unmodelled(key);
      }
      return values;
    };
  }

  /**
   * Annotation queries. Renders to {@code annotations.list}.
   *
   * @return the annotations, in order
   */
  public abstract List<Annotation> annotations();

  /**
   * The description. Renders to {@code description}.
   *
   * @return the text
   */
  public abstract Optional<String> description();

  /**
   * Whether users may edit it in Grafana. Renders to {@code editable}.
   *
   * @return the flag
   */
  public abstract Optional<Boolean> editable();

  /**
   * Crosshair sharing: 0 none, 1 crosshair, 2 crosshair and tooltip. Renders to {@code graphTooltip}.
   *
   * @return the value
   */
  public abstract Optional<Integer> graphTooltip();

  /**
   * Links in the header. Renders to {@code links}.
   *
   * @return the links, in order
   */
  public abstract List<DashboardLink> links();

  /**
   * Panels and rows, top to bottom. Renders to {@code panels}.
   *
   * @return the panels, in order
   */
  public abstract List<Panel> panels();

  /**
   * The auto-refresh period. Renders to {@code refresh}.
   *
   * @return such as {@code 30s}
   */
  public abstract Optional<String> refresh();

  /**
   * The JSON model's version. Renders to {@code schemaVersion}; {@value #SCHEMA_VERSION} by default.
   *
   * @return the version
   */
  @Value.Default
  public int schemaVersion() {
    return SCHEMA_VERSION;
  }

  /**
   * Tags, for search and dashboard links. Renders to {@code tags}.
   *
   * @return the tags, in order
   */
  public abstract List<String> tags();

  /**
   * The time range it opens with. Renders to {@code time}.
   *
   * @return the range
   */
  public abstract Optional<TimeRange> time();

  /**
   * The time zone. Renders to {@code timezone}.
   *
   * @return {@code browser}, {@code utc} or an IANA zone
   */
  public abstract Optional<String> timezone();

  /**
   * The title. Renders to {@code title}.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The stable id in URLs and provisioning. Renders to {@code uid}; at most 40 letters, digits, {@code -} or
   * {@code _} (the check {@code dashboard/uid} reports others).
   *
   * @return the uid
   */
  public abstract Optional<String> uid();

  /**
   * Template variables. Renders to {@code templating.list}.
   *
   * @return the variables, in order
   */
  public abstract List<Variable> variables();

  /**
   * Members the model does not know, such as {@code __inputs} or {@code timepicker}; the validated escape hatch.
   *
   * @return key to value
   */
  public abstract Map<String, JsonNode> extra();

  /**
   * How rendering fills in positions, ids and refIds; not rendered.
   *
   * @return {@link Layout#AUTOMATIC} by default, {@link Layout#AS_GIVEN} for imports
   */
  @Value.Default
  public Layout layout() {
    return Layout.AUTOMATIC;
  }

  /**
   * The panels as rendered: laid out, numbered and with named targets under {@link Layout#AUTOMATIC}.
   *
   * @return the panels
   */
  @Value.Lazy
  public List<Panel> laidOutPanels() {
    return layout() == Layout.AUTOMATIC ? PanelLayout.apply(panels()) : panels();
  }

  /**
   * The JSON form, keys sorted: the tree that checks run on and that is written.
   *
   * @return the dashboard object
   */
  public ObjectNode toJson() {
    ObjectWriting writing = ObjectWriting.object();
    if (!annotations().isEmpty()) {
      writing.put("annotations", wrapList(annotations().stream().map(Annotation::toJson).toList()));
    }
    writing.put("description", description())
        .put("editable", editable())
        .put("graphTooltip", graphTooltip())
        .list("links", links(), DashboardLink::toJson)
        .list("panels", laidOutPanels(), Panel::toJson)
        .put("refresh", refresh())
        .put("schemaVersion", schemaVersion())
        .list("tags", tags(), tag -> tag)
        .put("time", time().map(TimeRange::toJson))
        .put("timezone", timezone())
        .put("title", title())
        .put("uid", uid());
    if (!variables().isEmpty()) {
      writing.put("templating", wrapList(variables().stream().map(Variable::toJson).toList()));
    }
    return (ObjectNode) sorted(writing.with("Dashboard", extra()));
  }

  /**
   * The dashboard file.
   *
   * @return canonical JSON: UTF-8, two-space indentation, keys sorted, a final newline
   */
  public byte[] render() {
    return Canonical.renderJson(toJson());
  }

  private static JsonNode wrapList(List<JsonNode> elements) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.putArray("list").addAll(elements);
    return node;
  }

  /** A copy with every object's keys in sorted order, lists in their order. */
  static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      Map<String, JsonNode> members = new TreeMap<>();
      node.fields().forEachRemaining(entry -> members.put(entry.getKey(), sorted(entry.getValue())));
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      members.forEach(copy::set);
      return copy;
    }
    if (node.isArray()) {
      List<JsonNode> elements = new ArrayList<>(node.size());
      node.forEach(element -> elements.add(sorted(element)));
      return JsonNodeFactory.instance.arrayNode().addAll(elements);
    }
    return node;
  }

  @Value.Check
  void check() {
    if (title().isBlank()) {
      throw new InvalidModelException("Dashboard: `title` must not be blank.");
    }
    // The same rule as `ObjectWriting.with`, without rendering every panel at build time.
    Map<String, Boolean> set = Map.ofEntries(
        Map.entry("annotations", !annotations().isEmpty()), Map.entry("description", description().isPresent()),
        Map.entry("editable", editable().isPresent()), Map.entry("graphTooltip", graphTooltip().isPresent()),
        Map.entry("links", !links().isEmpty()), Map.entry("panels", !panels().isEmpty()),
        Map.entry("refresh", refresh().isPresent()), Map.entry("schemaVersion", true),
        Map.entry("tags", !tags().isEmpty()), Map.entry("time", time().isPresent()),
        Map.entry("timezone", timezone().isPresent()), Map.entry("title", true), Map.entry("uid", uid().isPresent()),
        Map.entry("templating", !variables().isEmpty()));
    for (String key : extra().keySet()) {
      if (set.getOrDefault(key, false)) {
        throw new InvalidModelException("Dashboard: extra member `" + key
            + "` is also set through its attribute; set it once.");
      }
    }
  }

  /** Builds a {@link Dashboard}. */
  public static final class Builder extends ImmutableDashboard.Builder {}
}

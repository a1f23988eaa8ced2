package io.monitoringascode.alerting.assembly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monitoringascode.alerting.config.InhibitionRule;
import io.monitoringascode.alerting.route.DayRange;
import io.monitoringascode.alerting.route.LabelMatcher;
import io.monitoringascode.alerting.route.MuteInterval;
import io.monitoringascode.alerting.route.RouteNode;
import io.monitoringascode.alerting.route.TimeOfDayRange;
import io.monitoringascode.alerting.route.TimeWindow;
import io.monitoringascode.alerting.routing.Router;
import io.monitoringascode.core.render.Canonical;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Alertmanager configuration the operator generates: the base configuration with every AlertmanagerConfig merged
 * in. Route it with {@link #router()}, review it with {@link #toYaml()}.
 */
public final class AssembledConfig {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final BaseConfig base;
  private final RouteNode route;
  private final List<InhibitionRule> inhibitRules;
  private final List<MuteInterval> timeIntervals;
  private final List<NamespacedReceiver> receivers;

  AssembledConfig(BaseConfig base, RouteNode route, List<InhibitionRule> inhibitRules,
      List<MuteInterval> timeIntervals, List<NamespacedReceiver> receivers) {
    this.base = base;
    this.route = route;
    this.inhibitRules = List.copyOf(inhibitRules);
    this.timeIntervals = List.copyOf(timeIntervals);
    this.receivers = List.copyOf(receivers);
  }

  /**
   * The root route, with the AlertmanagerConfigs' routes first among its children.
   *
   * @return the route
   */
  public RouteNode route() {
    return route;
  }

  /**
   * The base configuration's inhibit rules, then those of each AlertmanagerConfig with the namespace matcher.
   *
   * @return the rules
   */
  public List<InhibitionRule> inhibitRules() {
    return inhibitRules;
  }

  /**
   * The named time intervals: the base configuration's, then each AlertmanagerConfig's under its prefixed name.
   *
   * @return the intervals
   */
  public List<MuteInterval> timeIntervals() {
    return timeIntervals;
  }

  /**
   * The names of all receivers: the base configuration's, then {@code <namespace>/<name>/<receiver>} of each
   * AlertmanagerConfig.
   *
   * @return the names, in order
   */
  public List<String> receiverNames() {
    List<String> names = new ArrayList<>();
    base.tree().path("receivers").forEach(receiver -> names.add(receiver.path("name").asText()));
    receivers.forEach(receiver -> names.add(receiver.name()));
    return names;
  }

  /**
   * A router for this configuration.
   *
   * @return the router
   */
  public Router router() {
    return Router.of(route, inhibitRules, timeIntervals);
  }

  /**
   * The configuration as Alertmanager reads it ({@code alertmanager.yaml}), for review. Secrets are never values:
   * a Secret reference of an AlertmanagerConfig renders to the key's {@code _file} variant holding
   * {@code secret:<namespace>/<secret name>/<key>}, such as {@code api_url_file: secret:default/slack/url}.
   * Receivers' notifiers are written with the CRD's field names in snake_case, for review rather than exact
   * fidelity; the routing parts are exact.
   *
   * @return the tree
   */
  public ObjectNode toTree() {
    ObjectNode tree = base.tree().deepCopy();
    tree.remove(List.of("route", "inhibit_rules", "receivers", "mute_time_intervals", "time_intervals"));
    tree.set("route", routeTree(route));
    ArrayNode rules = tree.putArray("inhibit_rules");
    inhibitRules.forEach(rule -> rules.add(inhibitTree(rule)));
    ArrayNode receiverList = tree.putArray("receivers");
    base.tree().path("receivers").forEach(receiverList::add);
    receivers.forEach(receiver -> receiverList.add(receiverTree(receiver)));
    if (!timeIntervals.isEmpty()) {
      ArrayNode intervals = tree.putArray("time_intervals");
      timeIntervals.forEach(interval -> intervals.add(intervalTree(interval)));
    }
    return tree;
  }

  /**
   * The configuration rendered as canonical YAML.
   *
   * @return UTF-8 bytes of {@code alertmanager.yaml}
   */
  public byte[] toYaml() {
    return Canonical.renderYaml(toTree());
  }

  private static ObjectNode routeTree(RouteNode route) {
    ObjectNode node = NODES.objectNode();
    route.receiver().ifPresent(receiver -> node.put("receiver", receiver));
    strings(node, "group_by", route.groupBy());
    route.continueMatching().ifPresent(value -> node.put("continue", value));
    strings(node, "matchers", route.matchers().stream().map(LabelMatcher::toString).toList());
    route.groupWait().ifPresent(value -> node.put("group_wait", value));
    route.groupInterval().ifPresent(value -> node.put("group_interval", value));
    route.repeatInterval().ifPresent(value -> node.put("repeat_interval", value));
    strings(node, "mute_time_intervals", route.muteTimeIntervals());
    strings(node, "active_time_intervals", route.activeTimeIntervals());
    if (!route.routes().isEmpty()) {
      ArrayNode children = node.putArray("routes");
      route.routes().forEach(child -> children.add(routeTree(child)));
    }
    return node;
  }

  private static ObjectNode inhibitTree(InhibitionRule rule) {
    ObjectNode node = NODES.objectNode();
    strings(node, "source_matchers", rule.sourceMatch().stream().map(LabelMatcher::toString).toList());
    strings(node, "target_matchers", rule.targetMatch().stream().map(LabelMatcher::toString).toList());
    strings(node, "equal", rule.equal());
    return node;
  }

  private static ObjectNode intervalTree(MuteInterval interval) {
    ObjectNode node = NODES.objectNode().put("name", interval.name());
    ArrayNode windows = node.putArray("time_intervals");
    for (TimeWindow window : interval.timeIntervals()) {
      ObjectNode item = windows.addObject();
      if (!window.times().isEmpty()) {
        ArrayNode times = item.putArray("times");
        for (TimeOfDayRange span : window.times()) {
          times.addObject().put("start_time", span.startTime()).put("end_time", span.endTime());
        }
      }
      strings(item, "weekdays", window.weekdays());
      strings(item, "days_of_month", window.daysOfMonth().stream().map(AssembledConfig::dayRange).toList());
      strings(item, "months", window.months());
      strings(item, "years", window.years());
    }
    return node;
  }

  private static String dayRange(DayRange days) {
    return days.start() == days.end() ? Integer.toString(days.start()) : days.start() + ":" + days.end();
  }

  private static ObjectNode receiverTree(NamespacedReceiver receiver) {
    ObjectNode node = NODES.objectNode().put("name", receiver.name());
    ObjectNode notifiers = (ObjectNode) snakeCase(Canonical.toTree(receiver.receiver().toReceiver()),
        receiver.namespace());
    notifiers.remove("name");
    node.setAll(notifiers);
    return node;
  }

  /**
   * The CRD's camelCase keys in Alertmanager's snake_case, Secret references as {@code _file} references, and lists of
   * {@code key}/{@code value} pairs (e-mail headers, PagerDuty details) as maps.
   */
  private static JsonNode snakeCase(JsonNode node, String namespace) {
    if (isKeyValueList(node)) {
      ObjectNode map = NODES.objectNode();
      node.forEach(pair -> map.set(pair.path("key").asText(), pair.path("value")));
      return map;
    }
    if (node.isArray()) {
      ArrayNode array = NODES.arrayNode();
      node.forEach(item -> array.add(snakeCase(item, namespace)));
      return array;
    }
    if (!node.isObject()) {
      return node;
    }
    ObjectNode object = NODES.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = snakeCase(field.getKey());
      Optional<String> secret = secretReference(field.getValue(), namespace);
      if (secret.isPresent()) {
        object.put(key + "_file", secret.get());
      } else {
        object.set(key, snakeCase(field.getValue(), namespace));
      }
    }
    return object;
  }

  private static boolean isKeyValueList(JsonNode node) {
    if (!node.isArray() || node.isEmpty()) {
      return false;
    }
    for (JsonNode item : node) {
      if (item.size() != 2 || !item.path("key").isTextual() || !item.path("value").isTextual()) {
        return false;
      }
    }
    return true;
  }

  /** A Secret key selector ({@code name}, {@code key}, maybe {@code optional}) as a reference, never its value. */
  private static Optional<String> secretReference(JsonNode node, String namespace) {
    if (!node.isObject() || !node.path("name").isTextual() || !node.path("key").isTextual()) {
      return Optional.empty();
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals("name") && !name.equals("key") && !name.equals("optional")) {
        return Optional.empty();
      }
    }
    return Optional.of("secret:" + namespace + "/" + node.path("name").asText() + "/" + node.path("key").asText());
  }

  /** {@code apiURL} becomes {@code api_url}, {@code sendResolved} becomes {@code send_resolved}. */
  static String snakeCase(String camel) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        char previous = camel.charAt(i - 1);
        boolean nextLower = i + 1 < camel.length() && Character.isLowerCase(camel.charAt(i + 1));
        if (!Character.isUpperCase(previous) || nextLower) {
          out.append('_');
        }
      }
      out.append(c);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  private static void strings(ObjectNode node, String key, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode array = node.putArray(key);
      values.forEach(array::add);
    }
  }
}

package io.monitoringascode.alerting.assembly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monitoringascode.alerting.config.InhibitionRule;
import io.monitoringascode.alerting.route.DayRange;
import io.monitoringascode.alerting.route.LabelMatcher;
import io.monitoringascode.alerting.route.MatchType;
import io.monitoringascode.alerting.route.MuteInterval;
import io.monitoringascode.alerting.route.RouteNode;
import io.monitoringascode.alerting.route.TimeOfDayRange;
import io.monitoringascode.alerting.route.TimeWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The base of the Alertmanager configuration that the operator merges every AlertmanagerConfig into: in
 * kube-prometheus-stack, the chart's {@code alertmanager.config}, written in Alertmanager's own format (snake_case
 * keys, matchers as strings such as {@code severity =~ warning|info}). A time interval's {@code location} is not read:
 * the {@link io.monitoringascode.alerting.routing.Router} reads intervals in the zone of the moment it is given.
 *
 * <p>The routing parts are read into the {@code alerting} model; everything else ({@code global}, {@code templates},
 * the receivers' notifiers) is kept as written and rendered unchanged.
 */
public final class BaseConfig {
  private final ObjectNode tree;
  private final RouteNode route;
  private final List<InhibitionRule> inhibitRules;
  private final List<MuteInterval> timeIntervals;

  private BaseConfig(ObjectNode tree, RouteNode route, List<InhibitionRule> inhibitRules,
      List<MuteInterval> timeIntervals) {
    this.tree = tree;
    this.route = route;
    this.inhibitRules = inhibitRules;
    this.timeIntervals = timeIntervals;
  }

  /**
   * Reads an Alertmanager configuration, such as the chart's {@code alertmanager.config}.
   *
   * @param config the configuration's tree; copied
   * @return the base configuration
   * @throws IllegalArgumentException if it is not a mapping, or a matcher is not a matcher
   * @throws io.monitoringascode.core.value.InvalidModelException if a value is invalid (a malformed duration or regex)
   */
  public static BaseConfig read(JsonNode config) {
    if (!config.isObject()) {
      throw new IllegalArgumentException("An Alertmanager configuration is a mapping, not " + config.getNodeType());
    }
    List<InhibitionRule> rules = new ArrayList<>();
    config.path("inhibit_rules").forEach(rule -> rules.add(inhibitRule(rule)));
    List<MuteInterval> intervals = new ArrayList<>();
    config.path("mute_time_intervals").forEach(interval -> intervals.add(timeInterval(interval)));
    config.path("time_intervals").forEach(interval -> intervals.add(timeInterval(interval)));
    return new BaseConfig(((ObjectNode) config).deepCopy(), route(config.path("route")), List.copyOf(rules),
        List.copyOf(intervals));
  }

  /**
   * Reads the base configuration from kube-prometheus-stack values: the key {@code alertmanager.config}.
   *
   * @param values the chart's values tree, such as its default {@code values.yaml}
   * @return the base configuration
   * @throws IllegalArgumentException if the values hold no {@code alertmanager.config} mapping
   */
  public static BaseConfig fromChartValues(JsonNode values) {
    return read(values.path("alertmanager").path("config"));
  }

  /**
   * The root route.
   *
   * @return the route, with its child routes
   */
  public RouteNode route() {
    return route;
  }

  /**
   * The inhibit rules, in order.
   *
   * @return the rules
   */
  public List<InhibitionRule> inhibitRules() {
    return inhibitRules;
  }

  /**
   * The named time intervals, from {@code mute_time_intervals} and {@code time_intervals}.
   *
   * @return the intervals
   */
  public List<MuteInterval> timeIntervals() {
    return timeIntervals;
  }

  /** The configuration as written; callers must not change it. */
  ObjectNode tree() {
    return tree;
  }

  private static RouteNode route(JsonNode node) {
    RouteNode.Builder builder = RouteNode.builder();
    text(node, "receiver", builder::receiver);
    node.path("group_by").forEach(label -> builder.addGroupBy(label.asText()));
    if (node.has("continue")) {
      builder.continueMatching(node.path("continue").asBoolean());
    }
    builder.matchers(matchers(node, "matchers", "match", "match_re"));
    text(node, "group_wait", builder::groupWait);
    text(node, "group_interval", builder::groupInterval);
    text(node, "repeat_interval", builder::repeatInterval);
    node.path("mute_time_intervals").forEach(name -> builder.addMuteTimeInterval(name.asText()));
    node.path("active_time_intervals").forEach(name -> builder.addActiveTimeInterval(name.asText()));
    node.path("routes").forEach(child -> builder.addRoute(route(child)));
    return builder.build();
  }

  private static InhibitionRule inhibitRule(JsonNode node) {
    InhibitionRule.Builder builder = InhibitionRule.builder()
        .sourceMatch(matchers(node, "source_matchers", "source_match", "source_match_re"))
        .targetMatch(matchers(node, "target_matchers", "target_match", "target_match_re"));
    node.path("equal").forEach(label -> builder.addEqual(label.asText()));
    return builder.build();
  }

  /** The matcher strings, then the deprecated equality and regex maps, as Alertmanager combines them. */
  private static List<LabelMatcher> matchers(JsonNode node, String strings, String equalMap, String regexMap) {
    List<LabelMatcher> matchers = new ArrayList<>();
    node.path(strings).forEach(text -> matchers.add(MatcherText.parse(text.asText())));
    for (Map.Entry<String, JsonNode> entry : node.path(equalMap).properties()) {
      matchers.add(LabelMatcher.equal(entry.getKey(), entry.getValue().asText()));
    }
    for (Map.Entry<String, JsonNode> entry : node.path(regexMap).properties()) {
      matchers.add(LabelMatcher.builder().matchType(MatchType.REGEX).name(entry.getKey())
          .value(entry.getValue().asText()).build());
    }
    return matchers;
  }

  private static MuteInterval timeInterval(JsonNode node) {
    MuteInterval.Builder builder = MuteInterval.builder().name(node.path("name").asText());
    for (JsonNode window : node.path("time_intervals")) {
      TimeWindow.Builder windowBuilder = TimeWindow.builder();
      window.path("times").forEach(span -> windowBuilder.addTime(
          TimeOfDayRange.of(span.path("start_time").asText(), span.path("end_time").asText())));
      window.path("weekdays").forEach(day -> windowBuilder.addWeekday(day.asText()));
      window.path("months").forEach(month -> windowBuilder.addMonth(month.asText()));
      window.path("years").forEach(year -> windowBuilder.addYear(year.asText()));
      for (JsonNode days : window.path("days_of_month")) {
        String[] ends = days.asText().split(":");
        windowBuilder.addDaysOfMonth(
            DayRange.of(Integer.parseInt(ends[0].trim()), Integer.parseInt(ends[ends.length - 1].trim())));
      }
      builder.addTimeInterval(windowBuilder.build());
    }
    return builder.build();
  }

  private static void text(JsonNode node, String key, Consumer<String> setter) {
    if (node.hasNonNull(key)) {
      setter.accept(node.path(key).asText());
    }
  }
}

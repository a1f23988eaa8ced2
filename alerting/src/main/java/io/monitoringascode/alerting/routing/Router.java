package io.monitoringascode.alerting.routing;

import io.monitoringascode.alerting.config.InhibitionRule;
import io.monitoringascode.alerting.route.MuteInterval;
import io.monitoringascode.alerting.route.RouteNode;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Alertmanager's routing, inhibition and time muting, offline: which receivers an alert reaches, by which path,
 * whether firing alerts inhibit it, and whether a time interval mutes it at a given moment.
 *
 * <pre>{@code
 * Router router = AlertmanagerAssembly.assemble(base, List.of(routing), MatcherStrategy.ON_NAMESPACE, "monitoring")
 *     .router();
 * router.route(Alert.of("namespace", "default", "severity", "critical")).receivers();
 * router.isInhibited(warning, List.of(critical));
 * router.notifiedReceivers(alert, firing, ZonedDateTime.parse("2026-11-29T03:00:00Z"));
 * }</pre>
 *
 * Matchers compare a missing label as the empty string; regexes are anchored, {@code ^(?:…)$}, and evaluated by
 * {@code java.util.regex} (the model only admits regexes RE2 accepts). A router is immutable and safe to share.
 */
public final class Router {
  private final CompiledRoute root;
  private final List<CompiledInhibition> inhibitions;
  private final Map<String, MuteInterval> timeIntervals;

  private Router(CompiledRoute root, List<CompiledInhibition> inhibitions, Map<String, MuteInterval> timeIntervals) {
    this.root = root;
    this.inhibitions = inhibitions;
    this.timeIntervals = timeIntervals;
  }

  /**
   * A router for an Alertmanager configuration whose names are final (as after the operator's merge).
   *
   * @param root the root route
   * @param inhibitRules the inhibit rules
   * @param timeIntervals the named time intervals that routes mute or activate by name
   * @return the router
   * @throws java.util.regex.PatternSyntaxException if a regex is one only Java's engine rejects ({@code [[]}), which
   *     the model admits with a warning of {@code alerting/matcher}
   */
  public static Router of(RouteNode root, List<InhibitionRule> inhibitRules, List<MuteInterval> timeIntervals) {
    Map<String, MuteInterval> byName = new LinkedHashMap<>();
    timeIntervals.forEach(interval -> byName.put(interval.name(), interval));
    return new Router(CompiledRoute.root(root), inhibitRules.stream().map(CompiledInhibition::new).toList(),
        Map.copyOf(byName));
  }

  /**
   * The routes an alert ends on, whatever the time, as {@code amtool config routes test} reports them.
   *
   * @param alert the alert
   * @return the routes, in tree order; never empty
   */
  public RoutingResult route(Alert alert) {
    List<RouteMatch> matches = new ArrayList<>(2);
    root.collect(alert, matches);
    return new RoutingResult(matches.size() == 1 ? List.of(matches.get(0)) : matches);
  }

  /**
   * The routes the alerts of a partial alert can end on, whatever the time: every route some alert it stands for may
   * end on, and possibly routes none does (when routes further up depend on unknown label values). When every route of
   * the result has a property, such as a receiver that notifies nobody, every alert of the partial alert has it.
   *
   * @param alert what is known about the alerts
   * @return the routes, in tree order; never empty for a root without matchers, which Alertmanager requires
   */
  public List<RouteMatch> possibleRoutes(PartialAlert alert) {
    List<RouteMatch> matches = new ArrayList<>(2);
    root.collectPossible(alert, matches);
    return List.copyOf(matches);
  }

  /**
   * Tells whether a route's time intervals mute its notifications at a moment: a mute time interval covers it, or
   * the route has active time intervals and none covers it. An interval name that is not defined covers nothing.
   *
   * @param match a route from {@link #route(Alert)}
   * @param time the moment; its zone is the one the intervals are read in (Alertmanager reads an AlertmanagerConfig's
   *     intervals in UTC)
   * @return {@code true} when muted
   */
  public boolean isMuted(RouteMatch match, ZonedDateTime time) {
    if (match.muteTimeIntervals().stream().anyMatch(name -> covers(name, time))) {
      return true;
    }
    return !match.activeTimeIntervals().isEmpty()
        && match.activeTimeIntervals().stream().noneMatch(name -> covers(name, time));
  }

  /**
   * The receivers an alert reaches at a moment: those of its routes that are not muted then.
   *
   * @param alert the alert
   * @param time the moment, in the zone the time intervals are read in
   * @return the receiver names, in tree order
   */
  public List<String> receiversAt(Alert alert, ZonedDateTime time) {
    return route(alert).matches().stream().filter(match -> !isMuted(match, time)).map(RouteMatch::receiver).toList();
  }

  /**
   * Tells whether firing alerts inhibit an alert: an inhibit rule's target side matches it, and one of the firing
   * alerts matches the source side and carries the same values of the rule's {@code equal} labels (absent equals
   * absent). An alert matching both sides is not inhibited by sources that also match the target side.
   *
   * @param alert the alert
   * @param firing the alerts firing at the same time; may include {@code alert}
   * @return {@code true} when inhibited
   */
  public boolean isInhibited(Alert alert, Collection<Alert> firing) {
    for (CompiledInhibition inhibition : inhibitions) {
      if (inhibition.mutes(alert, firing)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The receivers that are notified of an alert at a moment, given the alerts firing then: none when inhibited,
   * else {@link #receiversAt(Alert, ZonedDateTime)}.
   *
   * @param alert the alert
   * @param firing the alerts firing at the same time
   * @param time the moment, in the zone the time intervals are read in
   * @return the receiver names, in tree order
   */
  public List<String> notifiedReceivers(Alert alert, Collection<Alert> firing, ZonedDateTime time) {
    return isInhibited(alert, firing) ? List.of() : receiversAt(alert, time);
  }

  private boolean covers(String intervalName, ZonedDateTime time) {
    MuteInterval interval = timeIntervals.get(intervalName);
    return interval != null && interval.contains(time);
  }
}

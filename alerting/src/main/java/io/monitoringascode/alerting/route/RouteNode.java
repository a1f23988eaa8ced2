package io.monitoringascode.alerting.route;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.Matcher;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.Route;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.RouteBuilder;
import io.monitoringascode.core.lang.PromNames;
import io.monitoringascode.core.render.Canonical;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import io.monitoringascode.core.value.PromDuration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A node of the routing tree: which alerts it takes ({@link #matchers()}), how it groups them, which receiver gets
 * them, and its child routes. The root node renders to {@code spec.route}, children to {@code routes[]} below it.
 *
 * <p>The operator always sets {@code continue: true} on the root node and adds a {@code namespace} matcher to it; the
 * root must name a receiver (checked by {@code alerting/root-receiver}, since a node does not know it is the root).
 * {@code build()} fails on a malformed duration, a zero {@code groupInterval} or {@code repeatInterval}, and a
 * malformed {@code groupBy}.
 */
@Value.Immutable
@ModelStyle
public abstract class RouteNode {
  /**
   * Starts a route.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Copies a fabric8 route and its child routes.
   * Reads only the fields this type models and does not look for others; {@code AlertRouting.from} checks a whole
   * AlertmanagerConfig and refuses what would be dropped.
   *
   * @param route the fabric8 route; not kept
   * @return the route
   * @throws InvalidModelException if a child route cannot be read as a route, or a value is invalid
   */
  public static RouteNode from(Route route) {
    Builder builder = builder()
        .activeTimeIntervals(listOf(route.getActiveTimeIntervals()))
        .continueMatching(Optional.ofNullable(route.getContinue()))
        .groupBy(listOf(route.getGroupBy()))
        .groupInterval(Optional.ofNullable(route.getGroupInterval()))
        .groupWait(Optional.ofNullable(route.getGroupWait()))
        .muteTimeIntervals(listOf(route.getMuteTimeIntervals()))
        .receiver(Optional.ofNullable(route.getReceiver()))
        .repeatInterval(Optional.ofNullable(route.getRepeatInterval()));
    for (Matcher matcher : listOf(route.getMatchers())) {
      builder.addMatcher(LabelMatcher.from(matcher));
    }
    for (JsonNode child : listOf(route.getRoutes())) {
      Route childRoute;
      try {
        childRoute = Canonical.fromTree(child, Route.class);
      } catch (IllegalArgumentException unreadable) {
        throw new InvalidModelException("Child route cannot be read: " + unreadable.getMessage());
      }
      builder.addRoute(from(childRoute));
    }
    return builder.build();
  }

  /**
   * Names of time intervals outside which this route is muted. Renders to {@code activeTimeIntervals}; each must be
   * defined in {@code spec.muteTimeIntervals}. Default: empty, always active.
   *
   * @return the interval names
   */
  public abstract List<String> activeTimeIntervals();

  /**
   * Whether alerts that match this route go on to be matched against its later siblings. Renders to
   * {@code continue}. Default: absent, which Alertmanager reads as {@code false}; the operator forces {@code true} on
   * the root route.
   *
   * @return the flag, when set
   */
  public abstract Optional<Boolean> continueMatching();

  /**
   * Labels that split alerts into notification groups. Renders to {@code groupBy}. {@code ...} groups by all labels
   * and must then be the only entry. Default: empty, inherited from the parent route.
   *
   * @return the label names
   */
  public abstract List<String> groupBy();

  /**
   * How long to wait before notifying about new alerts in a group that has already been notified. Renders to
   * {@code groupInterval}. Default: absent, inherited (Alertmanager's own default is {@code 5m}).
   *
   * @return the duration, such as {@code 5m}
   */
  public abstract Optional<String> groupInterval();

  /**
   * How long to wait before the first notification of a new group. Renders to {@code groupWait}. Default: absent,
   * inherited (Alertmanager's own default is {@code 30s}).
   *
   * @return the duration, such as {@code 30s}
   */
  public abstract Optional<String> groupWait();

  /**
   * Conditions an alert's labels must all meet to take this route. Renders to {@code matchers}. Default: empty, every
   * alert (on the root, the operator adds {@code namespace="<namespace>"}).
   *
   * @return the matchers
   */
  public abstract List<LabelMatcher> matchers();

  /**
   * Names of time intervals during which this route is muted. Renders to {@code muteTimeIntervals}; each must be
   * defined in {@code spec.muteTimeIntervals}. Default: empty.
   *
   * @return the interval names
   */
  public abstract List<String> muteTimeIntervals();

  /**
   * The receiver of alerts that end at this route. Renders to {@code receiver}; must name an entry of
   * {@code spec.receivers}. Default: absent, inherited from the parent (the root must set it).
   *
   * @return the receiver name
   */
  public abstract Optional<String> receiver();

  /**
   * How long to wait before re-sending a notification for a group that is still firing. Renders to
   * {@code repeatInterval}. Default: absent, inherited (Alertmanager's own default is {@code 4h}).
   *
   * @return the duration, such as {@code 4h}
   */
  public abstract Optional<String> repeatInterval();

  /**
   * Child routes, tried in order. Renders to {@code routes}. Default: empty.
   *
   * @return the child routes
   */
  public abstract List<RouteNode> routes();

  /**
   * Validates the durations and {@code groupBy}.
   *
   * @throws InvalidModelException naming the attribute and the value
   */
  @Value.Check
  protected void check() {
    groupWait().ifPresent(text -> checkDuration("groupWait", text, false));
    groupInterval().ifPresent(text -> checkDuration("groupInterval", text, true));
    repeatInterval().ifPresent(text -> checkDuration("repeatInterval", text, true));
    Set<String> seen = new HashSet<>();
    for (String label : groupBy()) {
      if (!seen.add(label)) {
        throw new InvalidModelException("`groupBy`: label `" + label + "` appears twice.");
      }
      if (label.equals("...") && groupBy().size() > 1) {
        throw new InvalidModelException("`groupBy`: `...` must be the only entry, but the list is " + groupBy() + ".");
      }
      if (!label.equals("...") && !PromNames.isLabelName(label)) {
        throw new InvalidModelException("`groupBy`: `" + label + "` is not a Prometheus label name.");
      }
    }
  }

  /**
   * The route as the fabric8 model writes it, child routes included.
   *
   * @return a fresh fabric8 route
   */
  public Route toRoute() {
    List<JsonNode> children = new ArrayList<>();
    for (RouteNode child : routes()) {
      children.add(Canonical.toTree(child.toRoute()));
    }
    List<Matcher> fabric8Matchers = new ArrayList<>();
    for (LabelMatcher matcher : matchers()) {
      fabric8Matchers.add(matcher.toMatcher());
    }
    return new RouteBuilder()
        .withActiveTimeIntervals(activeTimeIntervals().isEmpty() ? null : new ArrayList<>(activeTimeIntervals()))
        .withContinue(continueMatching().orElse(null))
        .withGroupBy(groupBy().isEmpty() ? null : new ArrayList<>(groupBy()))
        .withGroupInterval(groupInterval().orElse(null))
        .withGroupWait(groupWait().orElse(null))
        .withMatchers(fabric8Matchers.isEmpty() ? null : fabric8Matchers)
        .withMuteTimeIntervals(muteTimeIntervals().isEmpty() ? null : new ArrayList<>(muteTimeIntervals()))
        .withReceiver(receiver().orElse(null))
        .withRepeatInterval(repeatInterval().orElse(null))
        .withRoutes(children.isEmpty() ? null : children)
        .build();
  }

  /**
   * Rejects what the operator's duration pattern rejects (a bare {@code 0} has no unit) and what Alertmanager rejects
   * (a zero {@code group_interval} or {@code repeat_interval}).
   */
  private static void checkDuration(String attribute, String text, boolean mustBePositive) {
    PromDuration duration = PromDuration.parse(attribute, text);
    if (text.equals("0")) {
      throw new InvalidModelException("`" + attribute + "`: duration `0` has no unit, which the Prometheus Operator"
          + " rejects; write `0s`.");
    }
    if (mustBePositive && duration.millis() == 0) {
      throw new InvalidModelException("`" + attribute + "`: duration `" + text + "` is zero, which Alertmanager"
          + " rejects.");
    }
  }

  private static <T> List<T> listOf(List<T> list) {
    return list == null ? List.of() : list;
  }

  /** Builds a {@link RouteNode}. */
  public static final class Builder extends ImmutableRouteNode.Builder {}
}

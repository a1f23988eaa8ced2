package io.monitoringascode.alerting.routing;

import java.util.List;

/**
 * Where an alert goes: the routes it ends on, in the order of the routing tree. There is always at least one; an
 * alert no child route takes ends on the root.
 *
 * @param matches the routes
 */
public record RoutingResult(List<RouteMatch> matches) {
  /** Copies the list. */
  public RoutingResult {
    matches = List.copyOf(matches);
  }

  /**
   * The receivers of the routes, in order, once per route, as {@code amtool config routes test} prints them.
   *
   * @return the receiver names
   */
  public List<String> receivers() {
    return matches.stream().map(RouteMatch::receiver).toList();
  }

  /**
   * The paths taken, one per route.
   *
   * @return the paths, such as {@code route > routes[0] {namespace="default"}}
   */
  public List<String> paths() {
    return matches.stream().map(RouteMatch::path).toList();
  }
}

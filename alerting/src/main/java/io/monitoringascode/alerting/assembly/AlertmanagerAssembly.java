package io.monitoringascode.alerting.assembly;

import io.monitoringascode.alerting.config.AlertRouting;
import io.monitoringascode.alerting.config.InhibitionRule;
import io.monitoringascode.alerting.receiver.AlertReceiver;
import io.monitoringascode.alerting.route.LabelMatcher;
import io.monitoringascode.alerting.route.MuteInterval;
import io.monitoringascode.alerting.route.RouteNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The Prometheus Operator's merge of AlertmanagerConfig objects into one Alertmanager configuration, offline.
 *
 * <p>For each AlertmanagerConfig, in the order of {@code <namespace>/<name>}, the operator
 * <ul>
 *   <li>names its receivers and time intervals {@code <namespace>/<name>/<original name>}, and renames every
 *       reference to them in its routes;
 *   <li>nests its route under the root route, before the base configuration's own child routes, with
 *       {@code continue: true} so that alerts go on to the next first-level route;
 *   <li>adds the matcher {@code namespace="<namespace>"} to that route and to both sides of its inhibit rules, as the
 *       {@link MatcherStrategy} says.
 * </ul>
 */
public final class AlertmanagerAssembly {
  private AlertmanagerAssembly() {}

  /**
   * Merges AlertmanagerConfig objects into a base configuration.
   *
   * @param base the base configuration, such as the chart's {@code alertmanager.config}
   * @param configs the selected AlertmanagerConfig objects, in any order; each needs a namespace
   * @param strategy the Alertmanager's {@code alertmanagerConfigMatcherStrategy}
   * @param alertmanagerNamespace the namespace of the Alertmanager resource, which
   *     {@link MatcherStrategy#ON_NAMESPACE_EXCEPT_FOR_ALERTMANAGER_NAMESPACE} exempts
   * @return the merged configuration
   * @throws IllegalArgumentException if a config has no namespace
   */
  public static AssembledConfig assemble(BaseConfig base, List<AlertRouting> configs, MatcherStrategy strategy,
      String alertmanagerNamespace) {
    List<AlertRouting> sorted = new ArrayList<>(configs);
    sorted.sort(Comparator.comparing(AlertmanagerAssembly::key));
    List<RouteNode> firstLevel = new ArrayList<>();
    List<InhibitionRule> inhibitRules = new ArrayList<>(base.inhibitRules());
    List<MuteInterval> timeIntervals = new ArrayList<>(base.timeIntervals());
    List<NamespacedReceiver> receivers = new ArrayList<>();
    for (AlertRouting config : sorted) {
      String prefix = key(config) + "/";
      String namespace = config.namespace().orElseThrow();
      Optional<LabelMatcher> scope = strategy.scope(namespace, alertmanagerNamespace);
      config.route().ifPresent(route -> firstLevel.add(firstLevelRoute(route, prefix, scope)));
      for (InhibitionRule rule : config.inhibitRules()) {
        inhibitRules.add(InhibitionRule.builder().from(rule)
            .sourceMatch(scoped(scope, rule.sourceMatch()))
            .targetMatch(scoped(scope, rule.targetMatch()))
            .build());
      }
      for (MuteInterval interval : config.muteTimeIntervals()) {
        timeIntervals.add(MuteInterval.builder().from(interval).name(prefix + interval.name()).build());
      }
      for (AlertReceiver receiver : config.receivers()) {
        receivers.add(new NamespacedReceiver(prefix + receiver.name(), namespace, receiver));
      }
    }
    firstLevel.addAll(base.route().routes());
    RouteNode root = RouteNode.builder().from(base.route()).routes(firstLevel).build();
    return new AssembledConfig(base, root, inhibitRules, timeIntervals, receivers);
  }

  private static String key(AlertRouting config) {
    String namespace = config.namespace().orElseThrow(() -> new IllegalArgumentException(
        "AlertmanagerConfig `" + config.name() + "` has no namespace; the operator scopes it by its namespace."));
    return namespace + "/" + config.name();
  }

  private static List<LabelMatcher> scoped(Optional<LabelMatcher> scope, List<LabelMatcher> matchers) {
    List<LabelMatcher> result = new ArrayList<>();
    scope.ifPresent(result::add);
    result.addAll(matchers);
    return result;
  }

  private static RouteNode firstLevelRoute(RouteNode route, String prefix, Optional<LabelMatcher> scope) {
    return RouteNode.builder().from(renamed(route, prefix))
        .continueMatching(true)
        .matchers(scoped(scope, route.matchers()))
        .build();
  }

  private static RouteNode renamed(RouteNode route, String prefix) {
    RouteNode.Builder builder = RouteNode.builder().from(route)
        .receiver(route.receiver().map(name -> prefix + name))
        .muteTimeIntervals(route.muteTimeIntervals().stream().map(name -> prefix + name).toList())
        .activeTimeIntervals(route.activeTimeIntervals().stream().map(name -> prefix + name).toList());
    builder.routes(route.routes().stream().map(child -> renamed(child, prefix)).toList());
    return builder.build();
  }
}

package io.monitoringascode.alerting.check;

import io.fabric8.openshift.api.model.monitoring.v1alpha1.AlertmanagerConfig;
import io.monitoringascode.alerting.route.LabelMatcher;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code alerting/shadowed-route}: a child route that no alert can reach, because an earlier sibling without
 * {@code continue: true} matches every alert it matches. Alertmanager stops at the first matching sibling, so the later
 * route, its receiver and its children never see an alert. An earlier sibling covers a later one when each of its
 * matchers appears in the later one, or accepts the value an {@code =} matcher of the later one fixes; other overlaps
 * are not judged.
 */
final class AlertingShadowedRouteCheck implements Check<AlertmanagerConfig> {
  private static final RuleInfo INFO = RuleInfo.of("alerting/shadowed-route", Severity.WARNING,
      "No child route is shadowed by an earlier sibling without continue.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AlertmanagerConfig subject, CheckContext context, FindingSink sink) {
    Map<String, List<RouteTree.Node>> siblings = new LinkedHashMap<>();
    for (RouteTree.Node node : RouteTree.of(subject)) {
      if (!node.root()) {
        String parent = node.pointer().substring(0, node.pointer().lastIndexOf("/routes/"));
        siblings.computeIfAbsent(parent, key -> new ArrayList<>()).add(node);
      }
    }
    siblings.values().forEach(routes -> checkSiblings(routes, sink));
  }

  private static void checkSiblings(List<RouteTree.Node> routes, FindingSink sink) {
    for (int later = 1; later < routes.size(); later++) {
      Optional<List<LabelMatcher>> laterMatchers = ModelMatchers.read(routes.get(later).route().getMatchers());
      if (laterMatchers.isEmpty()) {
        continue;
      }
      for (int earlier = 0; earlier < later; earlier++) {
        RouteTree.Node candidate = routes.get(earlier);
        Optional<List<LabelMatcher>> earlierMatchers = ModelMatchers.read(candidate.route().getMatchers());
        if (!Boolean.TRUE.equals(candidate.route().getContinue()) && earlierMatchers.isPresent()
            && covers(earlierMatchers.get(), laterMatchers.get())) {
          sink.at(routes.get(later).pointer())
              .report("Route is unreachable: the earlier sibling `" + candidate.pointer() + "` matches every alert"
                  + " this route matches and has no `continue: true`, so Alertmanager stops there.")
              .hint("Move this route before `" + candidate.pointer() + "`, make its matchers narrower, or set"
                  + " `continue: true` on `" + candidate.pointer() + "`.");
          break;
        }
      }
    }
  }

  /** Whether every alert matching {@code later} also matches {@code earlier}. */
  private static boolean covers(List<LabelMatcher> earlier, List<LabelMatcher> later) {
    for (LabelMatcher condition : earlier) {
      boolean implied = later.contains(condition) || ModelMatchers.fixedValue(later, condition.name())
          .map(value -> ModelMatchers.accepts(condition, value))
          .orElse(false);
      if (!implied) {
        return false;
      }
    }
    return true;
  }
}

package io.monitoringascode.alerting.routing;

import io.monitoringascode.alerting.route.LabelMatcher;
import io.monitoringascode.alerting.route.RouteNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A node of the routing tree with its matchers compiled and its options already inherited from its parents. Runs of
 * sibling routes whose first matcher is an {@code =} on the same label are indexed by that label's value, so an alert
 * only tries the siblings of the run that can match it; skipping a sibling that cannot match changes nothing.
 */
final class CompiledRoute {
  private static final int[] NONE = new int[0];

  private final CompiledMatcher[] matchers;
  private final CompiledRoute[] children;
  private final Run[] runs;
  private final boolean continueMatching;
  private final RouteMatch match;

  private CompiledRoute(RouteNode node, RouteMatch inherited, String path) {
    this.matchers = CompiledMatcher.compile(node.matchers());
    this.continueMatching = node.continueMatching().orElse(false);
    this.match = new RouteMatch(path,
        node.receiver().orElse(inherited.receiver()),
        node.groupBy().isEmpty() ? inherited.groupBy() : node.groupBy(),
        node.groupWait().orElse(inherited.groupWait()),
        node.groupInterval().orElse(inherited.groupInterval()),
        node.repeatInterval().orElse(inherited.repeatInterval()),
        node.muteTimeIntervals(),
        node.activeTimeIntervals());
    List<RouteNode> routes = node.routes();
    this.children = new CompiledRoute[routes.size()];
    for (int i = 0; i < children.length; i++) {
      RouteNode child = routes.get(i);
      String step = "routes[" + i + "]" + (child.matchers().isEmpty() ? ""
          : child.matchers().stream().map(LabelMatcher::toString).collect(Collectors.joining(", ", " {", "}")));
      children[i] = new CompiledRoute(child, match, path + " > " + step);
    }
    this.runs = runs(children);
  }

  /** The children as runs: indexed runs of two or more, lone children between them. */
  private static Run[] runs(CompiledRoute[] children) {
    List<Run> runs = new ArrayList<>();
    int start = 0;
    while (start < children.length) {
      String label = children[start].indexLabel();
      int end = start + 1;
      while (label != null && end < children.length && label.equals(children[end].indexLabel())) {
        end++;
      }
      if (end - start > 1) {
        Map<String, List<Integer>> byValue = new HashMap<>();
        for (int i = start; i < end; i++) {
          byValue.computeIfAbsent(children[i].matchers[0].requiredValue(), value -> new ArrayList<>()).add(i);
        }
        Map<String, int[]> index = new HashMap<>();
        byValue.forEach((value, positions) ->
            index.put(value, positions.stream().mapToInt(Integer::intValue).toArray()));
        runs.add(new IndexedRun(label, index, IntStream.range(start, end).toArray()));
      } else {
        runs.add(new LoneChild(start));
      }
      start = end;
    }
    return runs.toArray(Run[]::new);
  }

  /** The label of this route's first matcher when it is an {@code =} matcher. */
  private String indexLabel() {
    return matchers.length > 0 && matchers[0].requiredValue() != null ? matchers[0].name() : null;
  }

  /** Children tried together. */
  private sealed interface Run permits LoneChild, IndexedRun {}

  /** A child tried on every alert. */
  private record LoneChild(int position) implements Run {}

  /**
   * Siblings in a row whose first matcher is {@code label="<value>"}, by value, each list in tree order; and all of
   * them in tree order, for a partial alert whose value of the label is not fixed.
   */
  private record IndexedRun(String label, Map<String, int[]> positionsByValue, int[] positions) implements Run {}

  /** The root: Alertmanager's defaults stand in for a parent. */
  static CompiledRoute root(RouteNode node) {
    return new CompiledRoute(node, new RouteMatch("route", "", List.of(), "30s", "5m", "4h", List.of(), List.of()),
        "route");
  }

  /**
   * Adds the routes the alert ends on below and including this node, as Alertmanager's {@code Route.Match} does: the
   * first matching child stops the search unless it has {@code continue}; a node whose children all miss is a match.
   *
   * @return whether this node's matchers accept the alert
   */
  boolean collect(Alert alert, List<RouteMatch> into) {
    if (!CompiledMatcher.all(matchers, alert)) {
      return false;
    }
    int before = into.size();
    runs:
    for (Run run : runs) {
      if (run instanceof IndexedRun indexed) {
        int[] positions = indexed.positionsByValue().get(alert.label(indexed.label()));
        if (positions != null) {
          for (int position : positions) {
            if (stopsAt(children[position], alert, into)) {
              break runs;
            }
          }
        }
      } else if (run instanceof LoneChild lone && stopsAt(children[lone.position()], alert, into)) {
        break;
      }
    }
    if (into.size() == before) {
      into.add(match);
    }
    return true;
  }

  /**
   * Adds every route the alerts of a partial alert can end on below and including this node: a child whose verdict is
   * unknown is followed and its later siblings are tried too; this node is a possible end unless a child certainly
   * matches. The result may hold routes no real alert ends on, never misses one.
   *
   * @return the verdict of this node's own matchers
   */
  MatchVerdict collectPossible(PartialAlert alert, List<RouteMatch> into) {
    MatchVerdict self = CompiledMatcher.verdict(matchers, alert);
    if (self == MatchVerdict.DOES_NOT_MATCH) {
      return self;
    }
    boolean childMatches = false;
    runs:
    for (Run run : runs) {
      int[] positions;
      if (run instanceof IndexedRun indexed) {
        Optional<String> value = alert.fixedValue(indexed.label());
        positions = value.isEmpty() ? indexed.positions() : indexed.positionsByValue().getOrDefault(value.get(), NONE);
      } else {
        positions = new int[] {((LoneChild) run).position()};
      }
      for (int position : positions) {
        CompiledRoute child = children[position];
        if (child.collectPossible(alert, into) == MatchVerdict.MATCHES) {
          childMatches = true;
          if (!child.continueMatching) {
            break runs;
          }
        }
      }
    }
    if (!childMatches) {
      into.add(match);
    }
    return self;
  }

  private static boolean stopsAt(CompiledRoute child, Alert alert, List<RouteMatch> into) {
    return child.collect(alert, into) && !child.continueMatching;
  }
}

package io.monitoringascode.alerting.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.AlertmanagerConfig;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.Route;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.render.Canonical;
import java.util.ArrayList;
import java.util.List;

/**
 * The routes of an AlertmanagerConfig, root first, then each child route depth-first, with their JSON pointers.
 * fabric8 keeps child routes as raw JSON (the CRD cannot describe a recursive type), so they are read here; a child
 * route that cannot be read as a route is left out with its subtree, and {@code alerting/child-route} reports it.
 */
final class RouteTree {
  /** One route and where it is: {@code /spec/route}, {@code /spec/route/routes/0}... */
  record Node(String pointer, Route route, boolean root) {}

  private RouteTree() {}

  /** Every readable route of the config, in document order. */
  static List<Node> of(AlertmanagerConfig config) {
    List<Node> nodes = new ArrayList<>();
    if (config.getSpec() != null && config.getSpec().getRoute() != null) {
      collect(JsonPointers.of("spec", "route"), config.getSpec().getRoute(), true, nodes);
    }
    return nodes;
  }

  private static void collect(String pointer, Route route, boolean root, List<Node> nodes) {
    nodes.add(new Node(pointer, route, root));
    List<JsonNode> children = route.getRoutes() == null ? List.of() : route.getRoutes();
    for (int i = 0; i < children.size(); i++) {
      JsonNode child = children.get(i);
      if (child == null || !child.isObject()) {
        continue;
      }
      Route childRoute;
      try {
        childRoute = Canonical.fromTree(child, Route.class);
      } catch (IllegalArgumentException unreadable) {
        continue;
      }
      collect(JsonPointers.child(pointer, "routes", i), childRoute, false, nodes);
    }
  }
}

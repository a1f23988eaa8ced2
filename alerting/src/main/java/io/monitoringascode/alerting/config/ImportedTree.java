package io.monitoringascode.alerting.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.AlertmanagerConfig;
import io.monitoringascode.core.render.Canonical;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The tree of an AlertmanagerConfig as {@link AlertRouting#from} is expected to render it back: the object as written,
 * with the few things the builders write in one canonical way rewritten that way. Comparing it with the rendered value
 * then finds only what would be lost.
 */
final class ImportedTree {
  private ImportedTree() {}

  /**
   * Rewrites, in a copy of the object's tree, each matcher with an explicit {@code matchType} and no {@code regex}
   * flag, each Secret reference without {@code optional: false}, and e-mail {@code headers} and PagerDuty
   * {@code details} sorted by key.
   */
  static JsonNode asTheBuildersWriteIt(AlertmanagerConfig config) {
    JsonNode tree = Canonical.toTree(config);
    JsonNode spec = tree.path("spec");
    rewriteRoute(spec.path("route"));
    for (JsonNode rule : spec.path("inhibitRules")) {
      rule.path("sourceMatch").forEach(ImportedTree::rewriteMatcher);
      rule.path("targetMatch").forEach(ImportedTree::rewriteMatcher);
    }
    for (JsonNode receiver : spec.path("receivers")) {
      receiver.path("emailConfigs").forEach(email -> sortByKey(email.path("headers")));
      receiver.path("pagerdutyConfigs").forEach(pagerDuty -> sortByKey(pagerDuty.path("details")));
      removeOptionalFalse(receiver);
    }
    return tree;
  }

  private static void rewriteRoute(JsonNode route) {
    route.path("matchers").forEach(ImportedTree::rewriteMatcher);
    route.path("routes").forEach(ImportedTree::rewriteRoute);
  }

  /** As {@code LabelMatcher.from} reads it: {@code matchType} wins; without it, {@code regex: true} means {@code =~}. */
  private static void rewriteMatcher(JsonNode matcher) {
    if (matcher instanceof ObjectNode object) {
      if (object.path("matchType").asText("").isEmpty()) {
        object.put("matchType", object.path("regex").asBoolean(false) ? "=~" : "=");
      }
      object.remove("regex");
    }
  }

  private static void sortByKey(JsonNode pairs) {
    if (pairs instanceof ArrayNode array) {
      List<JsonNode> sorted = new ArrayList<>();
      array.forEach(sorted::add);
      sorted.sort(Comparator.comparing(pair -> pair.path("key").asText("")));
      array.removeAll();
      array.addAll(sorted);
    }
  }

  /** {@code optional: false} is the default of a Secret reference; {@code SecretRef} does not write it. */
  private static void removeOptionalFalse(JsonNode node) {
    if (node instanceof ObjectNode object && object.path("optional").isBoolean()
        && !object.path("optional").booleanValue()) {
      object.remove("optional");
    }
    node.forEach(ImportedTree::removeOptionalFalse);
  }
}

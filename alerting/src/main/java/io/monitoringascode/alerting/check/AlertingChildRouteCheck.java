package io.monitoringascode.alerting.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.lang.ClosestNames;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * {@code alerting/child-route}: every child route (below {@code spec.route.routes}, at any depth) is one the operator
 * can decode. The CRD cannot describe a recursive type, so child routes are stored as free JSON
 * ({@code x-kubernetes-preserve-unknown-fields}) and no schema catches a typo there; the operator then decodes them
 * with unknown fields disallowed ({@code Route.ChildRoutes()}) and rejects the whole AlertmanagerConfig on a
 * misspelt key such as {@code groupwait} or a value of the wrong type.
 *
 * <p>This check reads the document as written rather than the fabric8 model, which would accept both mistakes.
 */
final class AlertingChildRouteCheck implements Check<JsonNode> {
  private static final RuleInfo INFO = RuleInfo.of("alerting/child-route", Severity.ERROR,
      "Child routes use only route fields, with values of the right type.");

  private static final String CONSEQUENCE =
      ", so the operator cannot decode this child route and rejects the AlertmanagerConfig.";

  /** The fields of the operator's v1alpha1 {@code Route}, with the JSON type each must have. */
  private static final Map<String, Kind> ROUTE_FIELDS = Map.of(
      "activeTimeIntervals", Kind.STRING_LIST, "continue", Kind.BOOLEAN, "groupBy", Kind.STRING_LIST,
      "groupInterval", Kind.STRING, "groupWait", Kind.STRING, "matchers", Kind.MATCHER_LIST,
      "muteTimeIntervals", Kind.STRING_LIST, "receiver", Kind.STRING, "repeatInterval", Kind.STRING,
      "routes", Kind.ROUTE_LIST);

  /** The fields of the operator's v1alpha1 {@code Matcher}. */
  private static final Map<String, Kind> MATCHER_FIELDS = Map.of(
      "matchType", Kind.STRING, "name", Kind.STRING, "regex", Kind.BOOLEAN, "value", Kind.STRING);

  /** The JSON shapes a route or matcher field takes. */
  private enum Kind {
    STRING("a string"),
    BOOLEAN("`true` or `false`"),
    STRING_LIST("a list of strings"),
    MATCHER_LIST("a list of matchers"),
    ROUTE_LIST("a list of routes");

    private final String description;

    Kind(String description) {
      this.description = description;
    }
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(JsonNode subject, CheckContext context, FindingSink sink) {
    JsonNode root = subject.path("spec").path("route");
    if (root.isObject()) {
      checkChildren(JsonPointers.of("spec", "route"), root.path("routes"), sink);
    }
  }

  private static void checkChildren(String parentPointer, JsonNode routes, FindingSink sink) {
    if (!routes.isArray()) {
      return;
    }
    for (int i = 0; i < routes.size(); i++) {
      String pointer = JsonPointers.child(parentPointer, "routes", i);
      JsonNode route = routes.get(i);
      if (!route.isObject()) {
        sink.at(pointer)
            .error("Child route is " + describe(route) + " instead of a mapping" + CONSEQUENCE)
            .hint("Write the child route as a mapping such as `{receiver: slack, matchers: [...]}`.");
        continue;
      }
      checkFields(pointer, route, ROUTE_FIELDS, "route", sink);
      JsonNode matchers = route.path("matchers");
      if (matchers.isArray()) {
        for (int m = 0; m < matchers.size(); m++) {
          if (matchers.get(m).isObject()) {
            checkFields(JsonPointers.child(pointer, "matchers", m), matchers.get(m), MATCHER_FIELDS, "matcher", sink);
          }
        }
      }
      checkChildren(pointer, route.path("routes"), sink);
    }
  }

  private static void checkFields(String pointer, JsonNode object, Map<String, Kind> fields, String what,
      FindingSink sink) {
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      String key = field.getKey();
      String at = JsonPointers.child(pointer, key);
      Kind kind = fields.get(key);
      if (kind == null) {
        Optional<String> nearest = ClosestNames.closest(key, fields.keySet());
        sink.at(at)
            .error("Key `" + key + "` is not a " + what + " field" + CONSEQUENCE)
            .hint(nearest.map(n -> "Rename it to `" + n + "`.").orElse("Remove it; " + what + " fields are "
                + fields.keySet().stream().sorted().map(f -> "`" + f + "`").collect(Collectors.joining(", "))
                + "."));
      } else if (!field.getValue().isNull() && !fits(field.getValue(), kind)) {
        sink.at(at)
            .error("Field `" + key + "` holds " + describe(field.getValue()) + " where a " + what + " expects "
                + kind.description + CONSEQUENCE)
            .hint(hintFor(key, kind));
      }
    }
  }

  private static boolean fits(JsonNode value, Kind kind) {
    switch (kind) {
      case STRING:
        return value.isTextual();
      case BOOLEAN:
        return value.isBoolean();
      case STRING_LIST:
        return value.isArray() && all(value, JsonNode::isTextual);
      case MATCHER_LIST:
        return value.isArray() && all(value, JsonNode::isObject);
      default:
        return value.isArray();
    }
  }

  private static boolean all(JsonNode array, Predicate<JsonNode> test) {
    for (JsonNode item : array) {
      if (!test.test(item)) {
        return false;
      }
    }
    return true;
  }

  private static String hintFor(String key, Kind kind) {
    switch (kind) {
      case STRING:
        return "Quote the value of `" + key + "` so that it is a string.";
      case BOOLEAN:
        return "Write `" + key + ": true` or `" + key + ": false`.";
      case STRING_LIST:
        return "Write `" + key + "` as a list of strings, such as `[alertname]`.";
      case MATCHER_LIST:
        return "Write `" + key + "` as a list of `{name, value, matchType}` mappings.";
      default:
        return "Write `" + key + "` as a list of route mappings.";
    }
  }

  private static String describe(JsonNode value) {
    if (value.isTextual()) {
      return "a string";
    }
    if (value.isNumber()) {
      return "a number";
    }
    if (value.isBoolean()) {
      return "a boolean";
    }
    if (value.isArray()) {
      return "a list";
    }
    if (value.isObject()) {
      return "a mapping";
    }
    return "null";
  }
}

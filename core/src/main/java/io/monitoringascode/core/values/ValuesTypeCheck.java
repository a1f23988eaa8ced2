package io.monitoringascode.core.values;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code values/type}: a value of a type the chart's templates cannot use where it stands: a map where the chart
 * expects a list, the string {@code "false"} where it expects a boolean (a non-empty string is true in a template),
 * a word where it expects a number, a bare number where it expects a duration, a map where it expects a string.
 *
 * <p>Conservative by design, because templates accept more than the default shows: a number written as a string is
 * compatible with a number ({@code replicas: "2"} renders as {@code 2}), so is a port name with a port, a percentage
 * with a count, any string where a list is expected (charts often accept a {@code tpl} string there), any value
 * holding {@code {{ }}}, and {@code null} anywhere (it removes the key). A boolean key is only reported for a quoted
 * boolean word, because a {@code false} default often means "off, or a value". A map where a string is expected is
 * only reported when the default string is not empty. Keys whose default is {@code null} have no known type.
 */
public final class ValuesTypeCheck implements Check<ChartValues> {
  private static final RuleInfo INFO = RuleInfo.of("values/type", Severity.ERROR,
      "Values must have the type the chart's templates expect.");

  private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?");
  private static final Pattern BOOLEAN_WORD = Pattern.compile("(?i)true|false|yes|no|on|off");
  private static final Pattern PERCENTAGE = Pattern.compile("[0-9]+%");
  private static final Pattern DURATION = Pattern.compile("([0-9]+(ms|s|m|h|d|w|y))+");
  private static final Pattern INT_OR_STRING_NAME = Pattern.compile(
      "(?i).*(port|maxUnavailable|maxSurge|minAvailable)");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ChartValues values, CheckContext context, FindingSink sink) {
    for (KeyWalk.UserKey key : KeyWalk.of(values)) {
      if (key.status() == KeyWalk.Status.KNOWN && !key.known().get().types().isEmpty()) {
        mismatch(key.known().get(), key.value()).ifPresent(expected -> sink.at(key.pointer())
            .error("Key `" + key.name() + "` is " + describe(key.value()) + " where " + values.index().chart()
                + " expects " + expected + ", so its templates " + consequence(key.known().get(), key.value())
                + ".")
            .hint(hint(key.known().get(), expected)));
      }
    }
  }

  /** The expected type, described, when the value does not fit the key. */
  static Optional<String> mismatch(ValuesKey key, JsonNode value) {
    if (value.isNull() || value.isMissingNode() || (value.isTextual() && value.asText().contains("{{"))) {
      return Optional.empty();
    }
    List<String> types = key.types();
    if (types.size() > 1) {
      return fits(types, value) ? Optional.empty() : Optional.of(String.join(" or ", types.stream()
          .map(ValuesTypeCheck::withArticle).toList()));
    }
    String type = types.get(0);
    switch (type) {
      case "boolean":
        // Only the quoted boolean: a `false` default often means "off, or a value" (`queryLogFile: false`).
        return value.isTextual() && BOOLEAN_WORD.matcher(value.asText()).matches()
            ? Optional.of("a boolean") : Optional.empty();
      case "integer":
      case "number":
        if (value.isNumber()) {
          return Optional.empty();
        }
        if (value.isTextual() && (NUMBER.matcher(value.asText().trim()).matches()
            || PERCENTAGE.matcher(value.asText().trim()).matches()
            || INT_OR_STRING_NAME.matcher(key.name()).matches())) {
          return Optional.empty();
        }
        return Optional.of("a number");
      case "string":
        // An empty default often means "unset, or whatever the template accepts"; a set one shows the shape.
        boolean setDefault = key.defaultValue().filter(d -> !d.asText().isEmpty()).isPresent();
        if (value.isContainerNode() && setDefault && !key.tpl()) {
          return Optional.of("a string");
        }
        boolean durationDefault = key.defaultValue().filter(JsonNode::isTextual)
            .filter(d -> DURATION.matcher(d.asText()).matches()).isPresent();
        return durationDefault && value.isNumber() ? Optional.of("a duration string") : Optional.empty();
      case "object":
        if (value.isObject() || (value.isTextual() && key.tpl())) {
          return Optional.empty();
        }
        return Optional.of("a map");
      case "array":
        return value.isArray() || value.isTextual() ? Optional.empty() : Optional.of("a list");
      default:
        return Optional.empty();
    }
  }

  private static boolean fits(List<String> types, JsonNode value) {
    return (value.isObject() && types.contains("object")) || (value.isArray() && types.contains("array"))
        || (value.isTextual() && types.contains("string")) || (value.isBoolean() && types.contains("boolean"))
        || (value.isIntegralNumber() && types.contains("integer"))
        || (value.isNumber() && types.contains("number"));
  }

  private static String consequence(ValuesKey key, JsonNode value) {
    if (key.types().equals(List.of("boolean")) && value.isTextual()) {
      return "treat any non-empty string, `\"false\"` too, as true";
    }
    return "render something the application or the API server cannot read, or fail";
  }

  private static String hint(ValuesKey key, String expected) {
    String example = key.defaultValue().map(d -> " such as the chart's default `" + d.asText() + "`").orElse("");
    switch (expected) {
      case "a boolean":
        return "Write `true` or `false` without quotes" + example.replace(" such as", ";") + ".";
      case "a number":
        return "Write a number without quotes" + example + ".";
      case "a duration string":
        return "Write a duration with its unit" + example + ".";
      case "a list":
        return "Write a YAML list (items starting with `- `), as the chart's default shows.";
      case "a map":
        return "Write a YAML map (`key: value` lines), as the chart's default shows.";
      default:
        return "Write " + expected + example + ".";
    }
  }

  private static String describe(JsonNode value) {
    if (value.isObject()) {
      return "a map";
    }
    if (value.isArray()) {
      return "a list";
    }
    String type = value.isTextual() ? "string" : value.isBoolean() ? "boolean" : "number";
    String text = value.isTextual() ? "\"" + value.asText() + "\"" : value.asText();
    return "the " + type + " `" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "`";
  }

  private static String withArticle(String type) {
    return type.equals("null") ? "null" : ("aeiou".indexOf(type.toLowerCase(Locale.ROOT).charAt(0)) >= 0
        ? "an " : "a ") + type;
  }
}

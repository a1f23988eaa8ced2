package io.monitoringascode.grafana.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grafana's template variable syntax: {@code $name}, {@code ${name}}, {@code ${name:format}}, {@code ${name.field}}
 * and {@code [[name]]}. A name starts with a letter or {@code _}, so {@code $1} in {@code label_replace} is not a
 * variable; names starting with {@code __} are Grafana's built-ins ({@code $__interval}, {@code ${__field.name}});
 * Go template actions inside the text ({@code {{ $labels.x }}}) are not Grafana's.
 */
final class VariableReferences {
  private static final Pattern VARIABLE = Pattern.compile(
      "\\$\\{([A-Za-z_]\\w*)(?:[.:][^}]*)?}|\\$([A-Za-z_]\\w*)|\\[\\[([A-Za-z_]\\w*)(?::[^\\]]*)?]]");
  private static final Pattern GO_ACTION = Pattern.compile("\\{\\{.*?}}", Pattern.DOTALL);
  /** Variables Grafana defines without two underscores: InfluxDB's time filter and the legacy {@code $interval}. */
  private static final Set<String> BUILT_INS = Set.of("timeFilter", "interval", "interval_ms");

  private VariableReferences() {}

  /** A variable used in a text, and where. */
  record Reference(String name, int start, int end) {}

  static List<Reference> in(String text) {
    if (text.indexOf('$') < 0 && !text.contains("[[")) {
      return List.of();
    }
    String masked = mask(text);
    List<Reference> references = new ArrayList<>();
    Matcher matcher = VARIABLE.matcher(masked);
    while (matcher.find()) {
      String name = matcher.group(1) != null ? matcher.group(1)
          : matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
      if (!name.startsWith("__")) {
        references.add(new Reference(name, matcher.start(), matcher.end()));
      }
    }
    return references;
  }

  /** The names of the dashboard's variables. */
  static Set<String> defined(JsonNode dashboard) {
    Set<String> names = new TreeSet<>();
    for (JsonNode variable : dashboard.path("templating").path("list")) {
      if (variable.path("name").isTextual()) {
        names.add(variable.get("name").textValue());
      }
    }
    return names;
  }

  static boolean isBuiltIn(String name) {
    return BUILT_INS.contains(name);
  }

  /** The variable a whole value stands for, such as {@code ${datasource}} or {@code $ds}. */
  static Optional<String> whole(String text) {
    Matcher matcher = VARIABLE.matcher(text);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    return Optional.of(matcher.group(1) != null ? matcher.group(1)
        : matcher.group(2) != null ? matcher.group(2) : matcher.group(3));
  }

  /** The text with Go template actions blanked out, offsets kept. */
  private static String mask(String text) {
    if (!text.contains("{{")) {
      return text;
    }
    StringBuilder masked = new StringBuilder(text);
    Matcher action = GO_ACTION.matcher(text);
    while (action.find()) {
      for (int i = action.start(); i < action.end(); i++) {
        masked.setCharAt(i, ' ');
      }
    }
    return masked.toString();
  }
}

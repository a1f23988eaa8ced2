package io.monitoringascode.grafana.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.lang.ClosestNames;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code dashboard/unit}: a field's unit ({@code fieldConfig.defaults.unit} and {@code unit} overrides) is one of
 * Grafana's unit ids (the {@code units.txt} list, from Grafana's foundation SDK schema) or a custom unit
 * ({@code suffix:}, {@code prefix:}, {@code time:}, {@code si:}, {@code count:}, {@code currency:}). Grafana shows
 * an unknown unit as a plain suffix: {@code seconds} prints {@code 0.25 seconds} rather than {@code 250 ms}.
 */
final class DashboardUnitCheck implements Check<JsonNode> {
  private static final RuleInfo INFO = RuleInfo.of("dashboard/unit", Severity.WARNING,
      "Units must be ones Grafana knows.");
  private static final Set<String> UNITS = load();
  private static final List<String> CUSTOM_PREFIXES = List.of("suffix:", "prefix:", "time:", "si:", "count:",
      "currency:");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(JsonNode dashboard, CheckContext context, FindingSink sink) {
    for (PanelSite site : PanelSite.all(dashboard)) {
      JsonNode fieldConfig = site.panel().path("fieldConfig");
      String pointer = site.pointer() + "/fieldConfig";
      check(fieldConfig.path("defaults").path("unit"), pointer + "/defaults/unit", sink);
      JsonNode overrides = fieldConfig.path("overrides");
      for (int i = 0; i < overrides.size(); i++) {
        JsonNode properties = overrides.path(i).path("properties");
        for (int j = 0; j < properties.size(); j++) {
          if (properties.path(j).path("id").asText("").equals("unit")) {
            check(properties.path(j).path("value"), pointer + "/overrides/" + i + "/properties/" + j + "/value", sink);
          }
        }
      }
    }
  }

  /**
   * Tells whether Grafana knows a unit.
   *
   * @param unit a unit id
   * @return true for Grafana's units, custom units and the empty unit
   */
  static boolean isKnown(String unit) {
    return unit.isEmpty() || UNITS.contains(unit) || CUSTOM_PREFIXES.stream().anyMatch(unit::startsWith);
  }

  private static void check(JsonNode unit, String pointer, FindingSink sink) {
    if (!unit.isTextual() || isKnown(unit.textValue())) {
      return;
    }
    FindingSink.Draft draft = sink.at(pointer).warning("Unit `" + unit.textValue()
        + "` is not one Grafana knows, so values show unscaled with the text as a suffix.");
    draft.hint(ClosestNames.closest(unit.textValue(), UNITS)
        .map(closest -> "Write `" + closest + "`, or `suffix:" + unit.textValue() + "` for a custom suffix.")
        .orElse("Use a Grafana unit id such as `s`, `bytes` or `reqps`, or `suffix:" + unit.textValue()
            + "` for a custom suffix."));
  }

  private static Set<String> load() {
    try (var in = DashboardUnitCheck.class.getResourceAsStream("units.txt");
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      Set<String> units = new TreeSet<>();
      reader.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(units::add);
      return Set.copyOf(units);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

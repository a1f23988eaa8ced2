package io.monitoringascode.alerting.check;

import io.fabric8.openshift.api.model.monitoring.v1alpha1.AlertmanagerConfig;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.Route;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.value.PromDuration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code alerting/duration}: {@code groupWait}, {@code groupInterval} and {@code repeatInterval} of every route are
 * durations the operator accepts, and the two intervals are not zero.
 *
 * <p>The operator matches them against {@code ^(([0-9]+)y)?(([0-9]+)w)?…(([0-9]+)ms)?$} and rejects the whole
 * AlertmanagerConfig on a mismatch, so a bare {@code 0} (no unit) fails too. Alertmanager itself refuses a zero
 * {@code group_interval} or {@code repeat_interval} ("cannot be zero"), which the operator's pattern lets through.
 */
final class AlertingDurationCheck implements Check<AlertmanagerConfig> {
  private static final RuleInfo INFO = RuleInfo.of("alerting/duration", Severity.ERROR,
      "Route durations are in Prometheus notation, and intervals are not zero.");

  /** A number and a unit word, as people write durations in prose: {@code 5 minutes}, {@code 1 hour}. */
  private static final Pattern PROSE_PART = Pattern.compile("\\s*(\\d+)\\s*([a-zA-Z]+)\\s*,?");
  private static final Map<String, String> UNIT_WORDS = Map.ofEntries(
      Map.entry("y", "y"), Map.entry("yr", "y"), Map.entry("yrs", "y"), Map.entry("year", "y"),
      Map.entry("years", "y"), Map.entry("w", "w"), Map.entry("wk", "w"), Map.entry("wks", "w"),
      Map.entry("week", "w"), Map.entry("weeks", "w"), Map.entry("d", "d"), Map.entry("day", "d"),
      Map.entry("days", "d"), Map.entry("h", "h"), Map.entry("hr", "h"), Map.entry("hrs", "h"),
      Map.entry("hour", "h"), Map.entry("hours", "h"), Map.entry("m", "m"), Map.entry("min", "m"),
      Map.entry("mins", "m"), Map.entry("minute", "m"), Map.entry("minutes", "m"), Map.entry("s", "s"),
      Map.entry("sec", "s"), Map.entry("secs", "s"), Map.entry("second", "s"), Map.entry("seconds", "s"),
      Map.entry("ms", "ms"), Map.entry("millisecond", "ms"), Map.entry("milliseconds", "ms"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AlertmanagerConfig subject, CheckContext context, FindingSink sink) {
    for (RouteTree.Node node : RouteTree.of(subject)) {
      // The CRD's own examples for each field, used when the written value suggests no fix.
      checkField(node, "groupWait", Route::getGroupWait, "30s", false, sink);
      checkField(node, "groupInterval", Route::getGroupInterval, "5m", true, sink);
      checkField(node, "repeatInterval", Route::getRepeatInterval, "4h", true, sink);
    }
  }

  private static void checkField(RouteTree.Node node, String key, Function<Route, String> getter, String example,
      boolean mustBePositive, FindingSink sink) {
    String value = getter.apply(node.route());
    if (value == null || value.isEmpty()) {
      return;
    }
    String pointer = JsonPointers.child(node.pointer(), key);
    if (value.equals("0")) {
      sink.at(pointer)
          .error("Duration `0` has no unit, which the operator's duration pattern requires, so it rejects this"
              + " AlertmanagerConfig and none of its routes take effect.")
          .hint(mustBePositive ? "Write a positive duration such as `" + example + "`." : "Write `0s`.");
      return;
    }
    if (!PromDuration.isValid(value)) {
      // PromDuration words the problem and the general fix, as in the builders' exceptions; the hint is more exact
      // when the value reads as a duration in prose.
      sink.at(pointer)
          .error(PromDuration.diagnose(value)
              + ", so the operator rejects this AlertmanagerConfig and none of its routes take effect.")
          .hint(suggestion(value).map(d -> "Write `" + d + "`.").orElse(PromDuration.fixHint(value)));
      return;
    }
    if (mustBePositive && PromDuration.parse(value).millis() == 0) {
      sink.at(pointer)
          .error("Interval `" + value + "` is zero, which Alertmanager rejects, so the configuration generated from"
              + " this AlertmanagerConfig fails to load and its routes never take effect.")
          .hint("Write a positive duration such as `" + example + "`.");
    }
  }

  /** The duration a user most likely meant: {@code 5 minutes} is {@code 5m}, a bare {@code 30} is {@code 30s}. */
  private static Optional<String> suggestion(String value) {
    String trimmed = value.strip();
    if (trimmed.matches("\\d+")) {
      return Optional.of(trimmed + "s").filter(d -> !trimmed.matches("0+"));
    }
    StringBuilder converted = new StringBuilder();
    Matcher part = PROSE_PART.matcher(trimmed);
    int end = 0;
    while (part.find() && part.start() == end) {
      String unit = UNIT_WORDS.get(part.group(2).toLowerCase(Locale.ROOT));
      if (unit == null) {
        return Optional.empty();
      }
      converted.append(part.group(1)).append(unit);
      end = part.end();
    }
    String candidate = converted.toString();
    return end == trimmed.length() && PromDuration.isValid(candidate) ? Optional.of(candidate) : Optional.empty();
  }
}

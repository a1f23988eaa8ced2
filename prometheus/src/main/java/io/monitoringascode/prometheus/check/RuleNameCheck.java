package io.monitoringascode.prometheus.check;

import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.lang.PromNames;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code rule/name}: a recording rule's {@code record} should be a classic metric name, and the keys of a rule's
 * {@code labels} and {@code annotations} classic label names. Prometheus 2 refuses a rule file that breaks this
 * ({@code promtool check rules} 2.42: "invalid recording rule name", "invalid label name", "invalid annotation
 * name"). Prometheus 3 accepts any UTF-8 name by default, but every selector and matcher must then quote it, so the
 * default severity is a warning. Setting {@code __name__} in {@code labels} is refused by every version: an error.
 * Alert names are free text in every version and are not checked.
 */
final class RuleNameCheck extends RuleCheck {
  private static final RuleInfo INFO = RuleInfo.of("rule/name", Severity.WARNING,
      "Recording rule names, label names and annotation names should be classic Prometheus names.");
  private static final String CONSEQUENCE = "so Prometheus 2 refuses the rule file, and Prometheus 3 accepts it only"
      + " as a UTF-8 name that every query must quote";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  RuleWalk start(FindingSink sink) {
    return (site, expression) -> check(sink, site);
  }

  private static void check(FindingSink sink, RuleSite site) {
    String record = site.rule().getRecord();
    if (record != null && !record.isEmpty() && !PromNames.isMetricName(record)) {
      sink.at(site.pointer("record"))
          .report("Recording rule name `" + record + "` is not a classic metric name, " + CONSEQUENCE + ".")
          .hint("Rename it to `" + record.replaceAll("[^a-zA-Z0-9_:]", "_").replaceFirst("^([0-9])", "_$1")
              + "`.");
    }
    for (String name : sorted(site.rule().getLabels()).keySet()) {
      if (name.equals("__name__")) {
        sink.at(site.pointer("labels", name))
            .error("Label `__name__` cannot be set by a rule, so Prometheus refuses the rule file and none of its"
                + " rules are loaded.")
            .hint("Remove `__name__` from `labels`; a recording rule names its series with `record`.");
      } else if (!PromNames.isLabelName(name)) {
        sink.at(site.pointer("labels", name))
            .report("Label name `" + name + "` is not a classic label name, " + CONSEQUENCE + ".")
            .hint("Rename it to `" + PromNames.suggestLabelName(name) + "`.");
      }
    }
    for (String name : sorted(site.rule().getAnnotations()).keySet()) {
      if (!PromNames.isLabelName(name)) {
        sink.at(site.pointer("annotations", name))
            .report("Annotation name `" + name + "` is not a classic label name, so Prometheus 2 refuses the rule"
                + " file and Alertmanager templates can reach it only through `index`.")
            .hint("Rename it to `" + PromNames.suggestLabelName(name) + "`.");
      }
    }
  }

  /** The map in key order, for findings in a stable order; a map whose keys are all fine is not copied. */
  private static Map<String, String> sorted(Map<String, String> map) {
    if (map == null) {
      return Map.of();
    }
    for (String name : map.keySet()) {
      if (name.equals("__name__") || !PromNames.isLabelName(name)) {
        return new TreeMap<>(map);
      }
    }
    return Map.of();
  }
}

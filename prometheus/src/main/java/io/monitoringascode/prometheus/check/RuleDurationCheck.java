package io.monitoringascode.prometheus.check;

import io.fabric8.openshift.api.model.monitoring.v1.RuleGroup;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.value.PromDuration;

/**
 * {@code rule/duration}: the durations of a PrometheusRule ({@code interval} and {@code query_offset} of a group,
 * {@code for} and {@code keep_firing_for} of a rule) must be Prometheus durations such as {@code 30s}; {@code 30} and
 * {@code 5 minutes} are not. The CRD's pattern makes the API server reject such an object, and Prometheus refuses such
 * a rule file (an empty {@code for} passes the pattern but not Prometheus).
 */
final class RuleDurationCheck extends RuleCheck {
  private static final RuleInfo INFO = RuleInfo.of("rule/duration", Severity.ERROR,
      "Rule and group durations must be Prometheus durations such as `30s`.");
  private static final String CONSEQUENCE = "so this PrometheusRule is rejected and none of its rules are loaded";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  RuleWalk start(FindingSink sink) {
    return new RuleWalk() {
      @Override
      public void group(int groupIndex, RuleGroup group) {
        if (!isValid(group.getInterval())) {
          report(sink, RuleSite.groupPointer(groupIndex, "interval"), "interval", group.getInterval());
        }
        Object offset = group.getAdditionalProperties().get("query_offset");
        if (offset != null && !isValid(offset.toString())) {
          report(sink, RuleSite.groupPointer(groupIndex, "query_offset"), "query_offset", offset.toString());
        }
      }

      @Override
      public void rule(RuleSite site, ParsedExpression expression) {
        if (!isValid(site.rule().getFor())) {
          report(sink, site.pointer("for"), "for", site.rule().getFor());
        }
        if (!isValid(site.rule().getKeepFiringFor())) {
          report(sink, site.pointer("keep_firing_for"), "keep_firing_for", site.rule().getKeepFiringFor());
        }
      }
    };
  }

  /** Whether a duration is absent or valid; the pointer of a finding is built only for an invalid one. */
  private static boolean isValid(String value) {
    return value == null || PromDuration.isValid(value);
  }

  private static void report(FindingSink sink, String pointer, String key, String value) {
    Durations.report(sink, pointer, key, value, CONSEQUENCE);
  }
}

package io.monitoringascode.prometheus.check;

import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.value.PromDuration;

/**
 * {@code rule/kind}: a rule is either an alerting rule ({@code alert}) or a recording rule ({@code record}), never
 * both or neither, and a recording rule takes no {@code for}, {@code keep_firing_for} or {@code annotations}. The CRD
 * allows every combination; Prometheus' {@code rulefmt} refuses the rule file ("one of 'record' or 'alert' must be
 * set", "invalid field 'for' in recording rule").
 */
final class RuleKindCheck extends RuleCheck {
  private static final RuleInfo INFO = RuleInfo.of("rule/kind", Severity.ERROR,
      "A rule is either alerting or recording, and recording rules take no alerting fields.");
  private static final String CONSEQUENCE = "so Prometheus refuses the rule file and none of its rules are loaded";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  RuleWalk start(FindingSink sink) {
    return (site, expression) -> check(sink, site);
  }

  private static void check(FindingSink sink, RuleSite site) {
    if (site.isAlerting() && site.isRecording()) {
      sink.at(site.pointer())
          .error("Rule sets both `alert: " + site.rule().getAlert() + "` and `record: " + site.rule().getRecord()
              + "`, " + CONSEQUENCE + ".")
          .hint("Keep only one of `alert` and `record`.");
    } else if (!site.isAlerting() && !site.isRecording()) {
      sink.at(site.pointer())
          .error("Rule has neither `alert` nor `record`, " + CONSEQUENCE + ".")
          .hint("Add `alert: <name>` for an alerting rule or `record: <metric name>` for a recording rule.");
    } else if (site.isRecording()) {
      String name = site.rule().getRecord();
      alertingOnly(sink, site, "for", site.rule().getFor(), name);
      alertingOnly(sink, site, "keep_firing_for", site.rule().getKeepFiringFor(), name);
      if (site.rule().getAnnotations() != null && !site.rule().getAnnotations().isEmpty()) {
        sink.at(site.pointer("annotations"))
            .error("Recording rule `" + name + "` has `annotations`, which only alerting rules take, "
                + CONSEQUENCE + ".")
            .hint("Remove `annotations`, or make the rule an alerting rule with `alert`.");
      }
    }
  }

  private static void alertingOnly(FindingSink sink, RuleSite site, String key, String value, String name) {
    // A zero duration is what Prometheus reads as "not set"; malformed ones are rule/duration's.
    if (PromDuration.millisOf(value) <= 0) {
      return;
    }
    sink.at(site.pointer(key))
        .error("Recording rule `" + name + "` has `" + key + ": " + value + "`, which only alerting rules take, "
            + CONSEQUENCE + ".")
        .hint("Remove `" + key + "`, or make the rule an alerting rule with `alert`.");
  }
}

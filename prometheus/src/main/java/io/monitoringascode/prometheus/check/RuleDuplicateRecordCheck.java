package io.monitoringascode.prometheus.check;

import io.monitoringascode.core.check.DuplicateRecordFinding;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code rule/duplicate-record}: two recording rules of one PrometheusRule with the same name and the same labels
 * write the same series unless their expressions return different label values, and then their samples overwrite
 * each other. Prometheus loads the file; {@code promtool check rules} warns ("Might cause inconsistency while
 * recording expressions"). With identical expressions the rules are certainly redundant: a warning. With different
 * expressions they may split one series name over disjoint label values on purpose: advice. Alerting rules are not
 * compared: the same alert name with different labels and thresholds is the usual way to write severity tiers.
 */
final class RuleDuplicateRecordCheck extends RuleCheck {
  private static final RuleInfo INFO = RuleInfo.of("rule/duplicate-record", Severity.WARNING,
      "Recording rules of one PrometheusRule must not write the same series.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  RuleWalk start(FindingSink sink) {
    Map<String, RuleSite> first = new HashMap<>();
    return (site, expression) -> {
      if (site.isRecording() && !site.isAlerting()) {
        Map<String, String> labels = site.rule().getLabels() == null ? Map.of() : site.rule().getLabels();
        RuleSite earlier = first.putIfAbsent(site.rule().getRecord() + new TreeMap<>(labels), site);
        if (earlier != null) {
          report(sink, earlier, site);
        }
      }
    };
  }

  private static void report(FindingSink sink, RuleSite earlier, RuleSite site) {
    DuplicateRecordFinding.report(sink, site.pointer("record"), site.rule().getRecord(),
        "group " + earlier.groupIndex() + ", rule " + earlier.ruleIndex(),
        earlier.expr().strip().equals(site.expr().strip()));
  }
}

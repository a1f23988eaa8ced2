package io.monitoringascode.prometheus.check;

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
    String record = site.rule().getRecord();
    String at = "group " + earlier.groupIndex() + ", rule " + earlier.ruleIndex();
    if (earlier.expr().strip().equals(site.expr().strip())) {
      sink.at(site.pointer("record"))
          .warning("Recording rule `" + record + "` repeats " + at + " with the same expression and labels, so"
              + " both write the same series and overwrite each other's samples.")
          .hint("Remove one of the two rules.");
    } else {
      // Splitting one series name over several rules that select disjoint label values is a common pattern
      // (kube-prometheus records apiserver requests by status class this way), so this is advice, not a warning.
      sink.at(site.pointer("record"))
          .info("Recording rule `" + record + "` is also defined at " + at + " with the same labels, so the two"
              + " overwrite each other's samples unless their expressions return different label values.")
          .hint("Make sure the expressions select disjoint series, or tell them apart with different `labels`.");
    }
  }
}

package io.monitoringascode.loki.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.DuplicateRecordFinding;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code logql/duplicate-record}: two recording rules of one Loki rules file with the same name and the same
 * labels write the same series, and their samples overwrite each other in the remote-write target, unless their
 * expressions return different label values. The ruler loads the file and says nothing. Identical expressions are
 * certainly redundant (the default, a warning); different ones may split one name over disjoint label values on
 * purpose (advice). Alerting rules are not compared: one alert name with several thresholds is the usual way to write
 * severity tiers.
 */
final class LogqlDuplicateRecordCheck implements Check<JsonNode> {
  private static final RuleInfo INFO = RuleInfo.of("logql/duplicate-record", Severity.WARNING,
      "Recording rules of one Loki rules file must not write the same series.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(JsonNode rulesFile, CheckContext context, FindingSink sink) {
    Map<String, LokiRuleSite> first = new HashMap<>();
    for (LokiRuleSite site : LokiRuleSite.all(rulesFile)) {
      if (!site.isRecording() || site.isAlerting()) {
        continue;
      }
      Map<String, String> labels = new TreeMap<>();
      site.rule().path("labels").fields().forEachRemaining(entry -> labels.put(entry.getKey(), entry.getValue().asText()));
      LokiRuleSite earlier = first.putIfAbsent(site.text("record") + labels, site);
      if (earlier == null) {
        continue;
      }
      DuplicateRecordFinding.report(sink, site.pointer("record"), site.text("record"),
          "group " + earlier.groupIndex() + ", rule " + earlier.ruleIndex(),
          earlier.text("expr").strip().equals(site.text("expr").strip()));
    }
  }
}

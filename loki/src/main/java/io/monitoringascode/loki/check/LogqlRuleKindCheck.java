package io.monitoringascode.loki.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.value.PromDuration;

/**
 * {@code logql/rule-kind}: a rule of a Loki rules file is either an alerting rule ({@code alert}) or a recording rule
 * ({@code record}), never both or neither, and a recording rule takes no {@code for} and no {@code annotations}. The
 * ruler's {@code validateRuleNode} refuses such a file ("one of 'record' or 'alert' must be set", "invalid field 'for'
 * in recording rule"), and with it every rule of the file.
 */
final class LogqlRuleKindCheck implements Check<JsonNode> {
  private static final RuleInfo INFO = RuleInfo.of("logql/rule-kind", Severity.ERROR,
      "A Loki rule is either alerting or recording, and recording rules take no `for` or `annotations`.");
  private static final String CONSEQUENCE = "so the Loki ruler refuses the rules file and none of its rules are"
      + " evaluated";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(JsonNode rulesFile, CheckContext context, FindingSink sink) {
    for (LokiRuleSite site : LokiRuleSite.all(rulesFile)) {
      if (site.isAlerting() && site.isRecording()) {
        sink.at(site.pointer())
            .report("Rule sets both `alert: " + site.text("alert") + "` and `record: " + site.text("record") + "`, "
                + CONSEQUENCE + ".")
            .hint("Keep only one of `alert` and `record`.");
      } else if (!site.isAlerting() && !site.isRecording()) {
        sink.at(site.pointer())
            .report("Rule has neither `alert` nor `record`, " + CONSEQUENCE + ".")
            .hint("Add `alert: <name>` for an alerting rule or `record: <metric name>` for a recording rule.");
      } else if (site.isRecording()) {
        String name = site.text("record");
        String forText = site.text("for");
        // A zero duration is what the ruler reads as "not set"; a malformed one fails the file's parsing anyway.
        if (PromDuration.millisOf(forText) > 0) {
          sink.at(site.pointer("for"))
              .report("Recording rule `" + name + "` has `for: " + forText + "`, which only alerting rules take, "
                  + CONSEQUENCE + ".")
              .hint("Remove `for`, or make the rule an alerting rule with `alert`.");
        }
        if (site.rule().path("annotations").size() > 0) {
          sink.at(site.pointer("annotations"))
              .report("Recording rule `" + name + "` has `annotations`, which only alerting rules take, "
                  + CONSEQUENCE + ".")
              .hint("Remove `annotations`, or make the rule an alerting rule with `alert`.");
        }
      }
    }
  }
}

package io.monitoringascode.loki.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.lang.PromNames;
import java.util.regex.Pattern;

/**
 * {@code logql/record-name}: a recording rule's name should follow Prometheus' naming convention
 * {@code level:metric:operations}, such as {@code app:log_lines:rate5m}: the series land in Prometheus beside its own,
 * and the colons tell a recorded series from a scraped one. Advice only. A name that is not a classic metric name at
 * all is left to {@code rule/name} (for files given to {@code mac check}): whether the ruler takes it depends on the
 * name validation of the Loki version.
 */
final class LogqlRecordNameCheck implements Check<JsonNode> {
  private static final RuleInfo INFO = RuleInfo.of("logql/record-name", Severity.INFO,
      "Loki recording rule names should follow the `level:metric:operations` convention.");
  private static final Pattern CONVENTION = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*:[a-zA-Z0-9_]+(:[a-zA-Z0-9_]+)+");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(JsonNode rulesFile, CheckContext context, FindingSink sink) {
    for (LokiRuleSite site : LokiRuleSite.all(rulesFile)) {
      String record = site.text("record");
      if (site.isAlerting() || !PromNames.isMetricName(record) || CONVENTION.matcher(record).matches()) {
        continue;
      }
      sink.at(site.pointer("record"))
          .report("Recording rule name `" + record + "` does not follow `level:metric:operations`, so in Prometheus"
              + " its series cannot be told apart from scraped ones by name.")
          .hint("Rename it to the aggregation level, the metric and the operations, such as `app:" + base(record)
              + ":rate5m`.");
    }
  }

  /** The name without its colons, as the metric part of a suggestion. */
  private static String base(String record) {
    String joined = record.replace(':', '_').replaceAll("_+", "_").replaceAll("^_|_$", "");
    return joined.isEmpty() ? "log_lines" : joined;
  }
}

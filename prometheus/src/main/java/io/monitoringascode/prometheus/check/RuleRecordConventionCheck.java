package io.monitoringascode.prometheus.check;

import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.lang.PromNames;

/**
 * {@code rule/record-convention}: a recording rule whose name has no colon, so it breaks Prometheus' naming practice
 * for recording rules, {@code level:metric:operations} (the labels the result is aggregated to, the metric, then the
 * operations applied, newest first). Colons are reserved for recorded series, so a name without one looks like a
 * scraped metric and may collide with one. Only the missing colon is reported: names with one or with more than two
 * colons, such as kube-prometheus' {@code apiserver_request:burnrate1h}, are common and readable. Names that are not
 * classic metric names at all are {@code rule/name}'s.
 */
final class RuleRecordConventionCheck extends RuleCheck {
  private static final RuleInfo INFO = RuleInfo.of("rule/record-convention", Severity.INFO,
      "Recording rule names should follow `level:metric:operations`.");

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
    if (record == null || record.isEmpty() || record.indexOf(':') >= 0 || !PromNames.isMetricName(record)) {
      return;
    }
    sink.at(site.pointer("record"))
        .info("Recording rule `" + record + "` has no colon, so it does not follow `level:metric:operations` and"
            + " its series look like a scraped metric's.")
        .hint("Rename it to `<level>:" + record + ":<operations>`, such as `job:http_requests:rate5m` for"
            + " `sum by (job) (rate(http_requests_total[5m]))`, and update the queries that read it.");
  }
}

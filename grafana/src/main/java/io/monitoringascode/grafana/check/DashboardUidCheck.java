package io.monitoringascode.grafana.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.grafana.datasource.DataSource;

/**
 * {@code dashboard/uid}: a dashboard's uid has at most 40 characters, each a letter, digit, {@code -} or {@code _}.
 * Grafana refuses to save or provision a dashboard with another uid, and the sidecar only logs the error.
 */
final class DashboardUidCheck implements Check<JsonNode> {
  private static final RuleInfo INFO = RuleInfo.of("dashboard/uid", Severity.ERROR,
      "Dashboard uids must be at most 40 letters, digits, `-` or `_`.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(JsonNode dashboard, CheckContext context, FindingSink sink) {
    JsonNode uid = dashboard.path("uid");
    if (!uid.isTextual()) {
      return;
    }
    String value = uid.textValue();
    if (value.length() > 40) {
      sink.at("/uid").error("Uid `" + value + "` has " + value.length()
              + " characters, more than Grafana's 40, so Grafana refuses to provision the dashboard.")
          .hint("Shorten `uid` to at most 40 characters.");
    } else if (!DataSource.isValidUid(value)) {
      sink.at("/uid").error("Uid `" + value + "` has characters other than letters, digits, `-` and `_`,"
              + " so Grafana refuses to provision the dashboard.")
          .hint("Use only `A-Z`, `a-z`, `0-9`, `-` and `_` in `uid`.");
    }
  }
}

package io.monitoringascode.stack.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.values.ChartValues;

/**
 * {@code values/grafana-admin-password}: a Grafana admin password of the user's own written into the
 * kube-prometheus-stack values, while {@code grafana.admin.existingSecret} is not set. It then sits in the values
 * file, often in git, and in the Helm release secret. The value is never quoted in the finding. The chart's own
 * default ({@code prom-operator}) is left alone here: the values did not choose it.
 */
public final class ValuesGrafanaAdminPasswordCheck implements Check<ChartValues> {
  private static final RuleInfo INFO = RuleInfo.of("values/grafana-admin-password", Severity.ERROR,
      "Grafana's admin password must come from a Secret, not from the values.");

  private static final String PASSWORD = "/grafana/adminPassword";
  private static final String EXISTING_SECRET = "/grafana/admin/existingSecret";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(ChartValues values, CheckContext context, FindingSink sink) {
    JsonNode password = values.values().at(PASSWORD);
    boolean chosen = password.isValueNode() && !password.isNull() && !password.asText().isEmpty()
        && !password.asText().contains("{{")
        && !values.index().key(PASSWORD).flatMap(k -> k.defaultValue()).filter(password::equals).isPresent();
    if (chosen && values.effective(EXISTING_SECRET).asText("").isEmpty()) {
      sink.at(PASSWORD).error("Grafana's `adminPassword` is written in plain text, so it lands in the values file "
          + "and the Helm release secret.")
          .hint("Remove `grafana.adminPassword`, create a Secret with keys `admin-user` and `admin-password`, and "
              + "name it in `grafana.admin.existingSecret`.");
    }
  }
}

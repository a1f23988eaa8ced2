package io.monitoringascode.stack.profile;

import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.stack.wiring.StackView;

/**
 * {@code production/grafana-default-password}: Grafana's admin logs in with kube-prometheus-stack's published default
 * password, because the values neither set {@code grafana.admin.existingSecret} nor a password of their own. A password
 * the values write themselves is {@code values/grafana-admin-password}'s finding, and Secret objects with values are
 * {@code secret/inline-secret}'s: this rule covers only the gap those two leave on purpose.
 */
public final class ProductionGrafanaDefaultPasswordCheck implements Check<StackView> {
  private static final RuleInfo INFO = RuleInfo.of("production/grafana-default-password", Severity.INFO,
      "Grafana's admin password is the chart's published default.");

  private static final String PASSWORD = "/grafana/adminPassword";
  private static final String EXISTING_SECRET = "/grafana/admin/existingSecret";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(StackView view, CheckContext context, FindingSink sink) {
    ReleaseValues.of(view.kubePrometheusStack()).ifPresent(values -> {
      if (!values.enabled("/grafana/enabled") || !values.effective(EXISTING_SECRET).asText("").isEmpty()) {
        return;
      }
      boolean ownPassword = values.isSet(PASSWORD) && !values.own(PASSWORD).equals(values.chartDefault(PASSWORD));
      if (!ownPassword && values.chartDefault(PASSWORD).isTextual()) {
        sink.at(values.at(PASSWORD)).report("Grafana's admin password is the chart's default `"
            + values.chartDefault(PASSWORD).asText() + "`, which anyone who knows kube-prometheus-stack can log in "
            + "with.")
            .hint("Create a Secret with keys `admin-user` and `admin-password` in the cluster and name it in "
                + "`grafana.admin.existingSecret`.");
      }
    });
  }
}

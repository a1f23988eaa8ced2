package io.monitoringascode.stack.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.document.DocumentReader;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.values.ChartValues;
import io.monitoringascode.stack.values.KubePrometheusStackChart;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValuesGrafanaAdminPasswordCheckTest {
  private final ValuesGrafanaAdminPasswordCheck check = new ValuesGrafanaAdminPasswordCheck();

  private List<Finding> run(String yaml) {
    return check.run(new ChartValues(KubePrometheusStackChart.get().index(), DocumentReader.read(yaml).get(0)),
        CheckContext.none());
  }

  @Test
  void ownPassword_noExistingSecret_reportsWithoutEchoingIt() {
    List<Finding> findings = run("grafana:\n  adminPassword: hunter2hunter2\n");

    assertThat(findings).containsExactly(new Finding(RuleId.of("values/grafana-admin-password"), Severity.ERROR,
        Location.at("/grafana/adminPassword"),
        "Grafana's `adminPassword` is written in plain text, so it lands in the values file and the Helm release "
            + "secret.",
        Optional.of("Remove `grafana.adminPassword`, create a Secret with keys `admin-user` and `admin-password`, "
            + "and name it in `grafana.admin.existingSecret`.")));
    assertThat(findings.get(0).toString()).doesNotContain("hunter2");
  }

  @Test
  void existingSecret_passes() {
    assertThat(run("grafana:\n  adminPassword: x\n  admin:\n    existingSecret: grafana-admin\n")).isEmpty();
  }

  @Test
  void chartDefaultTemplateOrAbsent_isIgnored() {
    assertThat(run("grafana:\n  adminPassword: prom-operator\n")).isEmpty();
    assertThat(run("grafana:\n  adminPassword: '{{ .Values.secret }}'\n")).isEmpty();
    assertThat(run("grafana:\n  enabled: true\n")).isEmpty();
  }
}

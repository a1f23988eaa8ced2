package io.monitoringascode.examples.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.monitoringascode.core.check.SeverityOverrides;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.examples.tutorial.TutorialStack;
import io.monitoringascode.stack.profile.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tutorial's stack, checked under the {@code PRODUCTION} profile, shows each of the tutorial's production gaps as a
 * warning at the values key that closes it; under the default {@code DEV} profile the same findings are advice.
 */
class TutorialProductionGapsTest {
  private static final String KPS = "values/kube-prometheus-stack.yaml";
  private static final String LOKI = "values/loki.yaml";

  @Test
  void productionProfile_reportsEveryGapAtItsKey() {
    List<Finding> findings = new TutorialStack().stack().withProfile(Profile.PRODUCTION).check().findings();

    assertThat(findings).extracting(f -> f.location().file().orElse(""), f -> f.location().pointer(),
        f -> f.ruleId().value(), Finding::severity).containsExactly(
            // The tutorial's "data replay" caveat: Promtail's positions on an emptyDir.
            tuple("k8s-monitoring-ns/configmap-promtail-config.yaml", "/data/config.yaml/positions/filename",
                "logs/positions-volume", Severity.WARNING),
            tuple(KPS, "/alertmanager/alertmanagerSpec/replicas", "production/replicas", Severity.WARNING),
            tuple(KPS, "/alertmanager/alertmanagerSpec/resources", "production/resources", Severity.WARNING),
            tuple(KPS, "/alertmanager/alertmanagerSpec/storage", "production/persistence", Severity.WARNING),
            tuple(KPS, "/grafana/adminPassword", "production/grafana-default-password", Severity.WARNING),
            tuple(KPS, "/grafana/persistence/enabled", "production/persistence", Severity.WARNING),
            tuple(KPS, "/grafana/resources", "production/resources", Severity.WARNING),
            tuple(KPS, "/prometheus/prometheusSpec/replicas", "production/replicas", Severity.WARNING),
            tuple(KPS, "/prometheus/prometheusSpec/resources", "production/resources", Severity.WARNING),
            tuple(KPS, "/prometheus/prometheusSpec/retention", "production/retention", Severity.WARNING),
            tuple(KPS, "/prometheus/prometheusSpec/storageSpec", "production/persistence", Severity.WARNING),
            tuple(KPS, "/prometheusOperator/resources", "production/resources", Severity.WARNING),
            tuple(LOKI, "/loki/limits_config/retention_period", "production/retention", Severity.WARNING),
            tuple(LOKI, "/loki/storage/type", "production/loki-filesystem", Severity.WARNING),
            tuple(LOKI, "/singleBinary/replicas", "production/replicas", Severity.WARNING),
            tuple(LOKI, "/singleBinary/resources", "production/resources", Severity.WARNING));
  }

  @Test
  void devProfile_reportsTheSameGapsAsAdvice() {
    List<Finding> dev = new TutorialStack().stack().check().findings();

    assertThat(dev).hasSize(16).extracting(Finding::severity).containsOnly(Severity.INFO);
  }

  @Test
  void productionProfile_aTeamCanStillRaiseOneRule() {
    List<Finding> findings = new TutorialStack().stack().withProfile(Profile.PRODUCTION)
        .withSeverityOverrides(SeverityOverrides.parse("production/retention=error"))
        .check().findings();

    assertThat(findings).filteredOn(f -> f.ruleId().value().equals("production/retention"))
        .extracting(Finding::severity).containsOnly(Severity.ERROR).hasSize(2);
  }
}

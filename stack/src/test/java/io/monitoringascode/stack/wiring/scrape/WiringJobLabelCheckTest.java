package io.monitoringascode.stack.wiring.scrape;

import static io.monitoringascode.stack.wiring.scrape.TargetFixtures.DEPLOYMENT;
import static io.monitoringascode.stack.wiring.scrape.TargetFixtures.SERVICE;
import static io.monitoringascode.stack.wiring.scrape.TargetFixtures.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.stack.layout.RenderedDocument;
import io.monitoringascode.stack.wiring.StackView;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WiringJobLabelCheckTest {
  private static final RuleId RULE = RuleId.of("wiring/job-label");

  private static List<Finding> run(RenderedDocument... documents) {
    return new WiringJobLabelCheck().run(StackView.of(List.of(documents)), CheckContext.none());
  }

  private static RenderedDocument serviceMonitor(String jobLabel) {
    return object("""
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: {name: web}
        spec:
          jobLabel: %s
          selector: {matchLabels: {app: web}}
          endpoints: [{port: http}]
        """.formatted(jobLabel));
  }

  private static RenderedDocument podMonitor(String jobLabel) {
    return object("""
        apiVersion: monitoring.coreos.com/v1
        kind: PodMonitor
        metadata: {name: web}
        spec:
          jobLabel: %s
          selector: {matchLabels: {app: web}}
          podMetricsEndpoints: [{port: metrics}]
        """.formatted(jobLabel));
  }

  @Test
  void serviceMonitor_jobLabelOnService_passes() {
    assertThat(run(serviceMonitor("team"), object(SERVICE))).isEmpty();
  }

  @Test
  void serviceMonitor_jobLabelMissingFromService_warnsWithTheFallbackJob() {
    assertThat(run(serviceMonitor("job"), object(SERVICE))).containsExactly(new Finding(RULE, Severity.WARNING,
        Location.in("shop/servicemonitor-web.yaml", 0, "/spec/jobLabel"),
        "Service `web` has no label `job` for `jobLabel`, so its metrics get `job=\"web\"`, the Service's name.",
        Optional.of("Add `job` to `metadata.labels` of Service `web`, or set `spec.jobLabel` to one of its labels"
            + " (`app`, `team`).")));
  }

  @Test
  void serviceMonitor_noSelectedServiceOrNoneKnown_isSilent() {
    assertThat(run(serviceMonitor("job"))).isEmpty();
    assertThat(run(serviceMonitor("job"), object(SERVICE.replace("app: web", "app: api")))).isEmpty();
  }

  @Test
  void podMonitor_jobLabelOnPodTemplate_passes() {
    assertThat(run(podMonitor("tier"), object(DEPLOYMENT))).isEmpty();
  }

  @Test
  void podMonitor_jobLabelMissingFromPods_warnsWithTheMonitorsName() {
    assertThat(run(podMonitor("job"), object(DEPLOYMENT))).containsExactly(new Finding(RULE, Severity.WARNING,
        Location.in("shop/podmonitor-web.yaml", 0, "/spec/jobLabel"),
        "The pods of Deployment `web` have no label `job` for `jobLabel`, so their metrics get `job=\"shop/web\"`,"
            + " the PodMonitor's namespace and name.",
        Optional.of("Add `job` to `spec.template.metadata.labels` of Deployment `web`, or set `spec.jobLabel` to one"
            + " of its labels (`app`, `tier`).")));
  }
}

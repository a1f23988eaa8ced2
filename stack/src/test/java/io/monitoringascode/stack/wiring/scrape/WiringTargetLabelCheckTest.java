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

class WiringTargetLabelCheckTest {
  private static final RuleId RULE = RuleId.of("wiring/target-label");

  private static List<Finding> run(RenderedDocument... documents) {
    return new WiringTargetLabelCheck().run(StackView.of(List.of(documents)), CheckContext.none());
  }

  private static RenderedDocument serviceMonitor(String labels) {
    return object("""
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          endpoints: [{port: http}]
        """ + labels.indent(2));
  }

  @Test
  void serviceMonitor_labelsPresent_pass() {
    assertThat(run(serviceMonitor("targetLabels: [team]\npodTargetLabels: [tier]"), object(SERVICE),
        object(DEPLOYMENT))).isEmpty();
  }

  @Test
  void serviceMonitor_targetLabelOnNoService_warns() {
    assertThat(run(serviceMonitor("targetLabels: [team, owner]"), object(SERVICE))).containsExactly(new Finding(RULE,
        Severity.WARNING, Location.in("shop/servicemonitor-web.yaml", 0, "/spec/targetLabels/1"),
        "Label `owner` of `targetLabels` is on no selected Service (Service `web`), so no metric gets it.",
        Optional.of("Add `owner` to the labels of Service `web`, or remove it from"
            + " `spec.targetLabels`.")));
  }

  @Test
  void serviceMonitor_podTargetLabelOnNoPodBehindTheService_warns() {
    assertThat(run(serviceMonitor("podTargetLabels: [version]"), object(SERVICE), object(DEPLOYMENT)))
        .containsExactly(new Finding(RULE, Severity.WARNING,
            Location.in("shop/servicemonitor-web.yaml", 0, "/spec/podTargetLabels/0"),
            "Label `version` of `podTargetLabels` is on no pod behind the selected Services (the pods of Deployment"
                + " `web`), so no metric gets it.",
            Optional.of("Add `version` to the labels of the pods of Deployment `web`, or remove it from"
                + " `spec.podTargetLabels`.")));
  }

  @Test
  void serviceMonitor_podTargetLabel_podsUnknown_isSilent() {
    assertThat(run(serviceMonitor("podTargetLabels: [version]"), object(SERVICE))).isEmpty();
  }

  @Test
  void podMonitor_podTargetLabelOnNoPod_warns() {
    RenderedDocument monitor = object("""
        apiVersion: monitoring.coreos.com/v1
        kind: PodMonitor
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          podMetricsEndpoints: [{port: metrics}]
          podTargetLabels: [tier, version]
        """);
    assertThat(run(monitor, object(DEPLOYMENT))).extracting(finding -> finding.location().pointer())
        .containsExactly("/spec/podTargetLabels/1");
  }
}

package io.monitoringascode.stack.profile;

import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.stack.wiring.StackView;
import java.util.List;

/**
 * {@code production/ingress-tls}: Grafana, Alertmanager or Prometheus exposed through the chart's Ingress without a
 * {@code tls} entry, so passwords, session cookies and data cross the network in plain HTTP. A load balancer that
 * terminates TLS from an annotation (an AWS certificate ARN, a GKE pre-shared or managed certificate) counts as TLS.
 */
public final class ProductionIngressTlsCheck implements Check<StackView> {
  private static final RuleInfo INFO = RuleInfo.of("production/ingress-tls", Severity.INFO,
      "Grafana, Alertmanager or Prometheus is exposed through an Ingress without TLS.");

  /** Annotation keys of load balancers that terminate TLS with a certificate named elsewhere. */
  private static final List<String> TLS_ANNOTATIONS =
      List.of("certificate-arn", "pre-shared-cert", "managed-certificates");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(StackView view, CheckContext context, FindingSink sink) {
    ReleaseValues.of(view.kubePrometheusStack()).ifPresent(values -> {
      for (ChartIngress ingress : ChartIngress.ALL) {
        String tls = ingress.pointer("tls");
        if (ingress.isExposed(values) && values.isEmpty(tls)
            && !ingress.hasAnnotationContaining(values, TLS_ANNOTATIONS)) {
          String key = ReleaseValues.dotted(tls);
          sink.at(values.at(tls)).report(ingress.name() + " is exposed at " + ingress.host(values)
              + " without TLS (`" + key + "` is empty), so logins and data cross the network in plain HTTP.")
              .hint("Add to `" + key + "` an entry with `secretName` (such as `" + ingress.component()
                  + "-tls`) and `hosts` equal to `" + ReleaseValues.dotted(ingress.pointer("hosts")) + "`.");
        }
      }
    });
  }
}

package io.monitoringascode.stack.profile;

import static io.monitoringascode.stack.profile.Stacks.KPS_FILE;
import static io.monitoringascode.stack.profile.Stacks.finding;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.stack.wiring.StackView;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductionIngressTlsCheckTest {
  private static List<Finding> run(StackView view) {
    return Stacks.run(new ProductionIngressTlsCheck(), view);
  }

  @Test
  void ingressWithoutTls_reports() {
    assertThat(run(Stacks.kubePrometheusStack("""
        grafana:
          ingress:
            enabled: true
            hosts: [grafana.example.com]
        alertmanager:
          ingress:
            enabled: true
            tls: []
        """))).containsExactly(
            finding("production/ingress-tls", KPS_FILE, "/grafana/ingress/tls",
                "Grafana is exposed at `grafana.example.com` without TLS (`grafana.ingress.tls` is empty), so logins "
                    + "and data cross the network in plain HTTP.",
                "Add to `grafana.ingress.tls` an entry with `secretName` (such as `grafana-tls`) and `hosts` equal "
                    + "to `grafana.ingress.hosts`."),
            finding("production/ingress-tls", KPS_FILE, "/alertmanager/ingress/tls",
                "Alertmanager is exposed at its host without TLS (`alertmanager.ingress.tls` is empty), so logins "
                    + "and data cross the network in plain HTTP.",
                "Add to `alertmanager.ingress.tls` an entry with `secretName` (such as `alertmanager-tls`) and "
                    + "`hosts` equal to `alertmanager.ingress.hosts`."));
  }

  @Test
  void tlsEntry_passes() {
    assertThat(run(Stacks.kubePrometheusStack("""
        grafana:
          ingress:
            enabled: true
            hosts: [grafana.example.com]
            tls:
              - secretName: grafana-tls
                hosts: [grafana.example.com]
        """))).isEmpty();
  }

  @Test
  void noIngressOrTlsAtTheLoadBalancer_isIgnored() {
    assertThat(run(Stacks.kubePrometheusStack(""))).isEmpty();
    assertThat(run(Stacks.kubePrometheusStack("""
        prometheus:
          ingress:
            enabled: true
            annotations:
              alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:eu-west-1:123456789012:certificate/abc
        """))).isEmpty();
  }
}

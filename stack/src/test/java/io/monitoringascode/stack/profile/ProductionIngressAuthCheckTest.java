package io.monitoringascode.stack.profile;

import static io.monitoringascode.stack.profile.Stacks.KPS_FILE;
import static io.monitoringascode.stack.profile.Stacks.finding;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.stack.wiring.StackView;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductionIngressAuthCheckTest {
  private static List<Finding> run(StackView view) {
    return Stacks.run(new ProductionIngressAuthCheck(), view);
  }

  @Test
  void alertmanagerWithoutAuth_reports() {
    assertThat(run(Stacks.kubePrometheusStack("""
        alertmanager:
          ingress:
            enabled: true
            hosts: [alerts.example.com]
        """))).containsExactly(finding("production/ingress-auth", KPS_FILE, "/alertmanager/ingress/annotations",
            "Alertmanager is exposed at `alerts.example.com` without authentication, and has no login of its own, "
                + "so anyone who reaches it can silence every alert.",
            "Add your ingress controller's authentication to `alertmanager.ingress.annotations`, such as "
                + "`nginx.ingress.kubernetes.io/auth-url` pointing at an oauth2-proxy."));
  }

  @Test
  void grafanaWithAnonymousAccess_reports() {
    assertThat(run(Stacks.kubePrometheusStack("""
        grafana:
          ingress: {enabled: true}
          grafana.ini:
            auth.anonymous: {enabled: true}
        """))).containsExactly(finding("production/ingress-auth", KPS_FILE,
            "/grafana/grafana.ini/auth.anonymous/enabled",
            "Grafana is exposed at its host with anonymous access on "
                + "(`grafana.\"grafana.ini\".\"auth.anonymous\".enabled: true`), so anyone who reaches it reads "
                + "every dashboard.",
            "Set `grafana.\"grafana.ini\".\"auth.anonymous\".enabled: false`, or authenticate in the ingress "
                + "controller through `grafana.ingress.annotations`."));
  }

  @Test
  void authAnnotationOrGrafanaLogin_passes() {
    assertThat(run(Stacks.kubePrometheusStack("""
        grafana:
          ingress: {enabled: true}
        prometheus:
          ingress:
            enabled: true
            annotations:
              nginx.ingress.kubernetes.io/auth-url: https://oauth2.example.com/oauth2/auth
        alertmanager:
          ingress:
            enabled: true
            annotations:
              traefik.ingress.kubernetes.io/router.middlewares: monitoring-sso@kubernetescrd
        """))).isEmpty();
  }

  @Test
  void noIngress_isIgnored() {
    assertThat(run(Stacks.kubePrometheusStack("grafana:\n  grafana.ini:\n    auth.anonymous: {enabled: true}\n")))
        .isEmpty();
  }
}

package io.monitoringascode.stack.profile;

import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.stack.wiring.StackView;
import java.util.List;

/**
 * {@code production/ingress-auth}: a web UI exposed through the chart's Ingress that lets anyone in. Alertmanager and
 * Prometheus have no login of their own, so their Ingress needs the ingress controller's authentication; Grafana has a
 * login, unless its values turn on anonymous access. Annotations are how ingress controllers are told to authenticate
 * (ingress-nginx {@code auth-url}/{@code auth-type}, AWS ALB {@code auth-type}, HAProxy {@code auth-type}, Traefik
 * middlewares, Kong plugins); with any of them, or any annotation naming {@code auth}, the rule cannot know and stays
 * silent.
 */
public final class ProductionIngressAuthCheck implements Check<StackView> {
  private static final RuleInfo INFO = RuleInfo.of("production/ingress-auth", Severity.INFO,
      "Alertmanager or Prometheus exposed through an Ingress without authentication, or Grafana with anonymous access.");

  /** Words of annotation keys that may turn authentication on. */
  private static final List<String> AUTH_ANNOTATIONS = List.of("auth", "middlewares", "konghq.com/plugins");
  /** The switch of Grafana's anonymous access, in its {@code grafana.ini} section {@code [auth.anonymous]}. */
  private static final String GRAFANA_ANONYMOUS = "/grafana/grafana.ini/auth.anonymous/enabled";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(StackView view, CheckContext context, FindingSink sink) {
    ReleaseValues.of(view.kubePrometheusStack()).ifPresent(values -> {
      for (ChartIngress ingress : ChartIngress.ALL) {
        if (!ingress.isExposed(values) || ingress.hasAnnotationContaining(values, AUTH_ANNOTATIONS)) {
          continue;
        }
        String annotations = ReleaseValues.dotted(ingress.pointer("annotations"));
        if (ingress.component().equals("grafana")) {
          if (values.own(GRAFANA_ANONYMOUS).asText("").equals("true")) {
            sink.at(values.at(GRAFANA_ANONYMOUS)).report("Grafana is exposed at " + ingress.host(values)
                + " with anonymous access on (`grafana.\"grafana.ini\".\"auth.anonymous\".enabled: true`), so anyone "
                + "who reaches it reads every dashboard.")
                .hint("Set `grafana.\"grafana.ini\".\"auth.anonymous\".enabled: false`, or authenticate in the "
                    + "ingress controller through `" + annotations + "`.");
          }
        } else {
          sink.at(values.at(ingress.pointer("annotations"))).report(ingress.name() + " is exposed at "
              + ingress.host(values) + " without authentication, and has no login of its own, so anyone who "
              + "reaches it can " + (ingress.component().equals("alertmanager") ? "silence every alert."
                  : "query every metric."))
              .hint("Add your ingress controller's authentication to `" + annotations + "`, such as "
                  + "`nginx.ingress.kubernetes.io/auth-url` pointing at an oauth2-proxy.");
        }
      }
    });
  }
}

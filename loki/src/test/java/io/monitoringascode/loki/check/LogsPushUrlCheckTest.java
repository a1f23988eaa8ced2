package io.monitoringascode.loki.check;

import static io.monitoringascode.loki.check.ShippingFixture.config;
import static io.monitoringascode.loki.check.ShippingFixture.finding;
import static io.monitoringascode.loki.check.ShippingFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.loki.shipping.Stage;
import org.junit.jupiter.api.Test;

class LogsPushUrlCheckTest {
  private final LogsPushUrlCheck check = new LogsPushUrlCheck();

  @Test
  void url_withoutPushPath_reportsWithCompletedUrl() {
    assertThat(run(check, config("http://loki-gateway.k8s-monitoring-ns.svc.cluster.local", Stage.output("x"))))
        .containsExactly(finding("logs/push-url", Severity.ERROR, "/clients/0/url",
            "The client URL `http://loki-gateway.k8s-monitoring-ns.svc.cluster.local` is not Loki's push endpoint "
                + "`/loki/api/v1/push`, so Loki refuses every batch and no line arrives.",
            "Set `url: http://loki-gateway.k8s-monitoring-ns.svc.cluster.local/loki/api/v1/push`."));
  }

  @Test
  void url_partialOrTrailingSlash_reportsCompletedPath() {
    assertThat(run(check, config("http://loki:3100/loki/api/v1/push/", Stage.output("x"))))
        .extracting(f -> f.hint().orElseThrow()).containsExactly("Set `url: http://loki:3100/loki/api/v1/push`.");
    assertThat(run(check, config("http://loki:3100/loki", Stage.output("x"))))
        .extracting(f -> f.hint().orElseThrow()).containsExactly("Set `url: http://loki:3100/loki/api/v1/push`.");
  }

  @Test
  void url_withoutScheme_reports() {
    assertThat(run(check, config("loki-gateway/loki/api/v1/push", Stage.output("x"))))
        .containsExactly(finding("logs/push-url", Severity.ERROR, "/clients/0/url",
            "The client URL `loki-gateway/loki/api/v1/push` has no `http://` or `https://` host, so no line is sent.",
            "Write the URL as `http://<loki host>/loki/api/v1/push`."));
  }

  @Test
  void url_pushEndpoint_passes() {
    assertThat(run(check, ShippingFixture.tutorial())).isEmpty();
    assertThat(run(check, config("https://logs-prod-012.grafana.net/loki/api/v1/push", Stage.output("x")))).isEmpty();
    assertThat(run(check, config("http://loki:3100/api/prom/push", Stage.output("x")))).isEmpty();
  }

  @Test
  void url_withEnvironmentVariable_isIgnored() {
    assertThat(run(check, config("${LOKI_URL}", Stage.output("x")))).isEmpty();
  }
}

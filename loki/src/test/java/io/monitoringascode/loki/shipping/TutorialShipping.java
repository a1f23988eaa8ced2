package io.monitoringascode.loki.shipping;

import java.util.Map;

/** The tutorial's Promtail configuration ({@code k8s/fake-logs.yaml}), as the tests build it. */
final class TutorialShipping {
  static final String PUSH_URL = "http://loki-gateway.k8s-monitoring-ns.svc.cluster.local/loki/api/v1/push";

  private TutorialShipping() {}

  static PromtailConfig config() {
    return PromtailConfig.builder()
        .positionsFile("/positions/positions.yaml")
        .addClient(LokiClient.builder().url(PUSH_URL).tenantId("fake").build())
        .addScrapeJob(ScrapeJob.builder()
            .jobName("generated-logs")
            .addStaticTarget(StaticTarget.of("/var/log/generated-logs.txt", Map.of("job", "generated-logs")))
            .addStages(Stage.json(Map.of("http_method", "method", "http_status", "status")),
                Stage.labels("http_method", "http_status"))
            .build())
        .build();
  }
}

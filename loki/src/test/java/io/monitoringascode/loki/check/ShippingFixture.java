package io.monitoringascode.loki.check;

import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.loki.shipping.LogShipper;
import io.monitoringascode.loki.shipping.LokiClient;
import io.monitoringascode.loki.shipping.PromtailConfig;
import io.monitoringascode.loki.shipping.ScrapeJob;
import io.monitoringascode.loki.shipping.Stage;
import io.monitoringascode.loki.shipping.StaticTarget;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Shipping configurations for the shipping checks' tests: the tutorial's, and variants of it. */
final class ShippingFixture {
  static final String PUSH_URL = "http://loki-gateway.k8s-monitoring-ns.svc.cluster.local/loki/api/v1/push";

  private ShippingFixture() {}

  /** The tutorial's single job (`generated-logs`, label `job`) with the given stages, pushing to the given URL. */
  static PromtailConfig config(String url, Stage... stages) {
    return PromtailConfig.builder()
        .positionsFile("/positions/positions.yaml")
        .addClient(LokiClient.builder().url(url).tenantId("fake").build())
        .addScrapeJob(ScrapeJob.builder().jobName("generated-logs")
            .addStaticTarget(StaticTarget.of("/var/log/generated-logs.txt", Map.of("job", "generated-logs")))
            .addStages(stages)
            .build())
        .build();
  }

  static PromtailConfig config(Stage... stages) {
    return config(PUSH_URL, stages);
  }

  /** The tutorial's pipeline: JSON fields `method` and `status` as labels `http_method` and `http_status`. */
  static PromtailConfig tutorial() {
    return config(Stage.json(Map.of("http_method", "method", "http_status", "status")),
        Stage.labels("http_method", "http_status"));
  }

  static List<Finding> run(Check<LogShipper> check, PromtailConfig config) {
    return check.run(LogShipper.of(config), CheckContext.none());
  }

  static Finding finding(String rule, Severity severity, String pointer, String message, String hint) {
    return new Finding(RuleId.of(rule), severity, Location.at(pointer), message, Optional.of(hint));
  }
}

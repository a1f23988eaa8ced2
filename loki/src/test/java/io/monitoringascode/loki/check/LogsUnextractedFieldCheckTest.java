package io.monitoringascode.loki.check;

import static io.monitoringascode.loki.check.ShippingFixture.config;
import static io.monitoringascode.loki.check.ShippingFixture.finding;
import static io.monitoringascode.loki.check.ShippingFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.loki.shipping.DropStage;
import io.monitoringascode.loki.shipping.PromtailConfig;
import io.monitoringascode.loki.shipping.RelabelRule;
import io.monitoringascode.loki.shipping.ScrapeJob;
import io.monitoringascode.loki.shipping.Stage;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogsUnextractedFieldCheckTest {
  private final LogsUnextractedFieldCheck check = new LogsUnextractedFieldCheck();

  @Test
  void labelsStage_misspeltField_reportsWithClosestField() {
    assertThat(run(check, config(Stage.json(Map.of("http_method", "method", "http_status", "status")),
        Stage.labels("http_method", "http_stauts"))))
        .containsExactly(finding("logs/unextracted-field", Severity.WARNING,
            "/scrape_configs/0/pipeline_stages/1/labels/http_stauts",
            "The `labels` stage reads field `http_stauts`, which no earlier stage extracts, so the label is never set.",
            "Read `http_status` instead, or extract `http_stauts` in an earlier stage."));
  }

  @Test
  void timestampBeforeJson_reports() {
    assertThat(run(check, config(Stage.timestamp("datetime", "02/Jan/2006:15:04:05 -0700"),
        Stage.json(Map.of("datetime", "")))))
        .containsExactly(finding("logs/unextracted-field", Severity.WARNING,
            "/scrape_configs/0/pipeline_stages/0/timestamp/source",
            "The `timestamp` stage reads field `datetime`, which no earlier stage extracts, so every line keeps the "
                + "time it was read.",
            "Extract `datetime` in an earlier stage (`json`, `logfmt` or `regex`), or read a field that one "
                + "extracts."));
  }

  @Test
  void nestedAndDropAndOutput_reportAtTheirPointers() {
    assertThat(run(check, config(Stage.regex("(?P<level>\\w+) (?P<msg>.*)"),
        Stage.match("{job=\"generated-logs\"}", Stage.output("message")),
        DropStage.builder().source("level,lvl").value("debug;x").build())))
        .extracting(f -> f.location().pointer())
        .containsExactly("/scrape_configs/0/pipeline_stages/1/match/stages/0/output/source",
            "/scrape_configs/0/pipeline_stages/2/drop/source");
  }

  @Test
  void fieldsFromLabelsRegexAndMatch_pass() {
    assertThat(run(check, ShippingFixture.tutorial())).isEmpty();
    // The extracted map starts with the line's labels: `job` and `filename`.
    assertThat(run(check, config(Stage.labels("job"), Stage.output("filename")))).isEmpty();
    assertThat(run(check, config(Stage.match("{job=\"generated-logs\"}", Stage.regex("(?<level>\\w+)")),
        Stage.labels("level")))).isEmpty();
  }

  @Test
  void labelmapRelabelling_isIgnored() {
    PromtailConfig config = PromtailConfig.builder().addClient(io.monitoringascode.loki.shipping.LokiClient.of(
        ShippingFixture.PUSH_URL)).addScrapeJob(ScrapeJob.builder().jobName("pods").kubernetesRole("pod")
        .addRelabelRule(RelabelRule.builder().action("labelmap").regex("__meta_kubernetes_pod_label_(.+)").build())
        .addStages(Stage.labels("app")).build()).build();
    assertThat(run(check, config)).isEmpty();
  }
}

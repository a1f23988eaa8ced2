package io.monitoringascode.loki.check;

import static io.monitoringascode.loki.check.ShippingFixture.config;
import static io.monitoringascode.loki.check.ShippingFixture.finding;
import static io.monitoringascode.loki.check.ShippingFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.loki.shipping.LabelsStage;
import io.monitoringascode.loki.shipping.LokiClient;
import io.monitoringascode.loki.shipping.PromtailConfig;
import io.monitoringascode.loki.shipping.Stage;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogsLabelNameCheckTest {
  private final LogsLabelNameCheck check = new LogsLabelNameCheck();

  @Test
  void labelsStage_dashedLabel_reportsWithRenameThatKeepsTheField() {
    assertThat(run(check, config(Stage.json(Map.of("http-method", "method")), Stage.labels("http-method"))))
        .containsExactly(finding("logs/label-name", Severity.ERROR,
            "/scrape_configs/0/pipeline_stages/1/labels/http-method",
            "The `labels` stage label `http-method` is not a valid label name (`[a-zA-Z_][a-zA-Z0-9_]*`), so Promtail "
                + "refuses the pipeline at start.",
            "Rename the label and keep reading the field: `http_method: http-method`."));
  }

  @Test
  void staticLabelsAndExternalLabels_invalid_reported() {
    PromtailConfig config = config(Stage.staticLabels(Map.of("1st", "x")));
    config = PromtailConfig.builder().from(config).clients(java.util.List.of(LokiClient.builder()
        .url(ShippingFixture.PUSH_URL).putExternalLabel("cluster.name", "kind").build())).build();
    assertThat(run(check, config)).extracting(f -> f.location().pointer() + " " + f.hint().orElseThrow())
        .containsExactly("/clients/0/external_labels/cluster.name Rename the label to `cluster_name`.",
            "/scrape_configs/0/pipeline_stages/0/static_labels/1st Rename the label to `_1st`.");
  }

  @Test
  void tutorial_passes() {
    assertThat(run(check, ShippingFixture.tutorial())).isEmpty();
    assertThat(run(check, config(new LabelsStage(Map.of("http_method", "http-method"))))).isEmpty();
  }
}

package io.monitoringascode.loki.check;

import static io.monitoringascode.loki.check.ShippingFixture.config;
import static io.monitoringascode.loki.check.ShippingFixture.finding;
import static io.monitoringascode.loki.check.ShippingFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.loki.shipping.LabelsStage;
import io.monitoringascode.loki.shipping.Stage;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LogsLabelCardinalityCheckTest {
  private final LogsLabelCardinalityCheck check = new LogsLabelCardinalityCheck();

  @Test
  void labelsStage_requestId_reports() {
    assertThat(run(check, config(Stage.json(Map.of("request_id", "")), Stage.labels("request_id"))))
        .containsExactly(finding("logs/label-cardinality", Severity.WARNING,
            "/scrape_configs/0/pipeline_stages/1/labels/request_id",
            "The label `request_id` takes its value from field `request_id`, which by its name differs on nearly "
                + "every line, so each value opens a new stream and Loki's index and memory grow with the traffic.",
            "Remove `request_id` from the `labels` stage and filter on the field at query time after a parser "
                + "(`| json` or `| logfmt`) instead."));
  }

  @Test
  void labelsStage_innocentNameReadingAPath_reports() {
    assertThat(run(check, config(Stage.json(Map.of("request", "")), new LabelsStage(Map.of("endpoint", "request")))))
        .hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"traceId", "span_id", "client_ip", "remote_addr", "timestamp", "start_time", "path", "url",
      "user", "user-identifier", "bytes", "sessionID", "message"})
  void perLine_perLineNames_true(String name) {
    assertThat(LogsLabelCardinalityCheck.perLine(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http_method", "http_status", "level", "job", "namespace", "pod", "app", "host",
      "request_method", "tenant_id", "status_code", "service_name", "runtime"})
  void perLine_fewValueNames_false(String name) {
    assertThat(LogsLabelCardinalityCheck.perLine(name)).isFalse();
  }

  @Test
  void tutorial_andStaticLabels_areIgnored() {
    assertThat(run(check, ShippingFixture.tutorial())).isEmpty();
    assertThat(run(check, config(Stage.staticLabels(Map.of("trace_id", "fixed"))))).isEmpty();
  }
}

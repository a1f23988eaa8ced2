package io.monitoringascode.loki.check;

import static io.monitoringascode.loki.check.ShippingFixture.config;
import static io.monitoringascode.loki.check.ShippingFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.finding.Span;
import io.monitoringascode.loki.shipping.MatchStage;
import io.monitoringascode.loki.shipping.Stage;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LogsMatchSelectorCheckTest {
  private final LogsMatchSelectorCheck check = new LogsMatchSelectorCheck();

  @Test
  void selector_unclosedBrace_reportsLokisMessageWithSpan() {
    assertThat(run(check, config(MatchStage.drop("{job=\"generated-logs\""))))
        .singleElement()
        .satisfies(finding -> {
          assertThat(finding.ruleId()).isEqualTo(RuleId.of("logs/match-selector"));
          assertThat(finding.severity()).isEqualTo(Severity.ERROR);
          assertThat(finding.location().pointer()).isEqualTo("/scrape_configs/0/pipeline_stages/0/match/selector");
          assertThat(finding.location().span()).isPresent();
          assertThat(finding.message()).startsWith("LogQL error at 1:22 of the match selector: syntax error")
              .endsWith(", so Promtail refuses the pipeline at start.");
        });
  }

  @Test
  void selector_metricQuery_reports() {
    String selector = "count_over_time({job=\"generated-logs\"}[1m])";
    assertThat(run(check, config(MatchStage.drop(selector)))).containsExactly(new Finding(
        RuleId.of("logs/match-selector"), Severity.ERROR, new Location(Optional.empty(), 0,
            "/scrape_configs/0/pipeline_stages/0/match/selector", Optional.of(new Span(0, selector.length()))),
        "The match selector `" + selector + "` is a metric query, so Promtail refuses the pipeline at start.",
        Optional.of("Write a stream selector with optional line filters, such as `{job=\"generated-logs\"} |= "
            + "\"error\"`.")));
  }

  @Test
  void selector_withLineFilter_passes() {
    assertThat(run(check, config(MatchStage.drop("{job=\"generated-logs\"} |= \"healthz\""),
        Stage.match("{job=~\"generated-.*\"}", Stage.output("x"))))).isEmpty();
  }

  @Test
  void pipelineWithoutMatch_isIgnored() {
    assertThat(run(check, ShippingFixture.tutorial())).isEmpty();
  }
}

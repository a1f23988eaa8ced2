package io.monitoringascode.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.finding.Span;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FindingSinkTest {
  private static final RuleInfo RULE = RuleInfo.of("rule/duration", Severity.ERROR, "Durations are Prometheus durations.");

  @Test
  void report_withHint_usesDefaultSeverityAndKeepsHint() {
    FindingSink sink = new FindingSink(RULE);

    sink.at("/spec/groups/0/rules/0/for").report("Duration `30` has no unit.").hint("Write `30s`.");

    Finding finding = sink.findings().get(0);
    assertThat(finding.ruleId().value()).isEqualTo("rule/duration");
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    assertThat(finding.location().pointer()).isEqualTo("/spec/groups/0/rules/0/for");
    assertThat(finding.hint()).contains("Write `30s`.");
  }

  @Test
  void warning_withSpan_keepsSpanAndNoHint() {
    FindingSink sink = new FindingSink(RULE);

    sink.at("/expr", new Span(3, 7)).warning("Suspicious.");

    Finding finding = sink.findings().get(0);
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.location().span()).contains(new Span(3, 7));
    assertThat(finding.hint()).isEqualTo(Optional.empty());
  }

  @Test
  void addAll_sinkOfTheSameRule_appendsItsFindingsInOrder() {
    FindingSink shared = new FindingSink(RULE);
    shared.at("/a").error("First.").hint("Fix a.");
    shared.at("/b").info("Second.");
    FindingSink sink = new FindingSink(RULE);
    sink.at("/z").warning("Own.");

    sink.addAll(shared);

    assertThat(sink.findings()).extracting(Finding::message).containsExactly("Own.", "First.", "Second.");
    assertThat(sink.findings().get(1).hint()).contains("Fix a.");
  }

  @Test
  void addAll_sinkOfAnotherRule_isRefused() {
    FindingSink other = new FindingSink(RuleInfo.of("rule/kind", Severity.ERROR, "Kinds."));

    assertThatThrownBy(() -> new FindingSink(RULE).addAll(other))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rule/kind");
  }
}
